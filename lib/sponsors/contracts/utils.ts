/**
 * Contract rules that need no database (apps/sponsors/models/contract.py, contracts.py,
 * templatetags/sponsors.py): the §5.3 state machine, the Markdown the contract stores, and the
 * values the agreement shows (ordinal dates, the fee in words, the download file names).
 */
import type { ContractStatus } from "@/lib/generated/prisma/client";
import { CONTRACT_STATUS_LABELS } from "@/lib/sponsors/constants";

/** Contract.next_status (§5.3). */
export const CONTRACT_NEXT_STATUS: Record<ContractStatus, readonly ContractStatus[]> = {
  draft: ["awaiting_signature", "executed"],
  awaiting_signature: ["executed", "nullified"],
  nullified: ["draft"],
  outdated: [],
  executed: [],
};

export const canMoveContract = (from: ContractStatus, to: ContractStatus) =>
  CONTRACT_NEXT_STATUS[from].includes(to);

/** The admin's status errors: "Contract with status X can't be sent/executed/nullified." */
export const contractStatusError = (status: ContractStatus, verb: string) =>
  `Contract with status ${CONTRACT_STATUS_LABELS[status]} can't be ${verb}.`;

export const SIGNED_DOCUMENT_REQUIRED = "You must submit the signed contract document to execute it.";

/** The audit (LogEntry) messages of the contract use cases (§5.5). */
export const CONTRACT_LOG = {
  sent: "Contract Sent",
  executed: "Contract Executed",
  existingExecuted: "Existing Contract Uploaded and Executed",
  nullified: "Contract Nullified",
  draft: "Contract Back To Draft",
  updated: "Contract Draft Updated",
} as const;

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** templatetags escape_markdown: a backslash before every ASCII punctuation character. */
export const escapeMarkdown = (text: string) => text.replace(PUNCTUATION, (c) => `\\${c}`);

/** The inverse, for reading the stored Markdown back as plain text. */
export const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");

/** Contract.sponsor_info: "<name>, <description>". */
export const sponsorInfo = (sponsor: { name: string; description: string }) =>
  `${sponsor.name}, ${sponsor.description}`;

/** Contract.sponsor_contact: "<primary name> - <phone> | <email>" (empty without a primary contact). */
export const sponsorContact = (c: { name: string; phone: string; email: string } | null | undefined) =>
  c ? `${c.name} - ${c.phone} | ${c.email}` : "";

export type ContractBenefit = { programName: string; displayName: string; clauseIds: number[] };
export type ContractClause = { id: number; order: number; clause: string };

/**
 * Contract.new: the benefits as a Markdown list, each with footnotes to its legal clauses, and
 * the clauses as footnote definitions in LegalClause order, each once however many benefits
 * cite it. Names and clauses are escaped, so they stay text.
 */
export function benefitsAndClauses(benefits: ContractBenefit[], clauses: ContractClause[]) {
  const cited = new Set(benefits.flatMap((b) => b.clauseIds));
  const ordered = clauses
    .filter((c) => cited.has(c.id))
    .sort((a, b) => a.order - b.order || a.id - b.id)
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);
  const footnote = new Map(ordered.map((c, i) => [c.id, i + 1]));
  const benefitsList = benefits
    .map((b) => {
      const refs = [...new Set(b.clauseIds)]
        .map((id) => footnote.get(id)!)
        .sort((x, y) => x - y)
        .map((n) => ` [^${n}]`)
        .join("");
      return `- ${escapeMarkdown(b.programName)} - ${escapeMarkdown(b.displayName)}${refs}`;
    })
    .join("\n");
  const legalClauses = ordered.map((c, i) => `[^${i + 1}]: ${escapeMarkdown(c.clause)}`).join("\n");
  return { benefitsList, legalClauses };
}

/** The stored Markdown lines as the agreement's list items: "Program - Benefit [1]" / "[1] Clause". */
export function contractLines(markdown: string): string[] {
  return markdown
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) =>
      unescapeMarkdown(
        l
          .replace(/^- /, "")
          .replace(/^\[\^(\d+)\]: /, "[$1] ")
          .replace(/ \[\^(\d+)\]/g, " [$1]"),
      ),
    );
}

/** Django's date format "S": st, nd, rd or th. */
export function englishSuffix(day: number): string {
  if (day >= 11 && day <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[day % 10] ?? "th";
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1st of March 2026" (the template's `j` + suffix + ` of ` + `F Y`), read in UTC (a DATE column). */
export function ordinalDate(d: Date): string {
  const day = d.getUTCDate();
  return `${day}${englishSuffix(day)} of ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", "thousand", "million", "billion"];

function belowThousand(n: number, last: boolean): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h) parts.push(`${ONES[h]} hundred`);
  if (r) {
    const words = r < 20 ? ONES[r]! : TENS[Math.floor(r / 10)]! + (r % 10 ? `-${ONES[r % 10]}` : "");
    parts.push(h || last ? `and ${words}` : words);
  }
  return parts.join(" ");
}

/** num2words (English) of a whole number: 150000 → "one hundred and fifty thousand". */
export function numberToWords(value: number): string {
  const n = Math.trunc(Math.abs(value));
  if (n === 0) return "zero";
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 1000)) groups.push(x % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (!g) continue;
    // num2words puts "and" before the last group under a hundred: "one thousand and five".
    const text =
      i === 0 && groups.length > 1 && g < 100
        ? belowThousand(g, true)
        : belowThousand(g, false).replace(/^and /, "");
    words.push(SCALES[i] ? `${text} ${SCALES[i]}` : text);
  }
  return (value < 0 ? "minus " : "") + words.join(", ").replace(/, (and )/g, " $1");
}

/** Django's |title: each word's first letter upper-cased ("One Hundred And Fifty Thousand"). */
export const titleCase = (text: string) =>
  text.replace(/(^|[\s-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());

/** The fee in digits with thousands separators: 150000 → "150,000". */
export const feeDigits = (fee: number) => fee.toLocaleString("en-US");

/** unidecode, roughly: accents dropped, anything else outside ASCII removed. */
const ascii = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "");

/**
 * The DOCX download name (§5.6): `sponsorship-contract-<Sponsor-Name>.docx`, or
 * `sponsorship-renewal-…` for a renewal; spaces become dashes, dots go, and anything a header
 * could choke on is dropped.
 */
export function contractFileName(sponsorName: string, renewal: boolean, ext: "docx" | "pdf"): string {
  const name =
    ascii(sponsorName.replace(/ /g, "-").replace(/\./g, "")).replace(/[^A-Za-z0-9_-]/g, "") || "sponsor";
  return `${renewal ? "sponsorship-renewal" : "sponsorship-contract"}-${name}.${ext}`;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const countryName = (code: string) => {
  try {
    return code ? (regionNames.of(code.toUpperCase()) ?? code) : "";
  } catch {
    return code;
  }
};

/** Sponsor.incorporation_location: a country's name outside the US, else the state of incorporation or mailing. */
export function incorporationLocation(s: {
  country: string;
  countryOfIncorporation: string;
  stateOfIncorporation: string;
  state: string;
}): string {
  const country = s.countryOfIncorporation || s.country;
  if (country && country.toUpperCase() !== "US") return countryName(country);
  return s.stateOfIncorporation || s.state || "USA";
}

export type AgreementSponsorship = {
  year: number | null;
  startDate: Date | null;
  renewal: boolean | null;
  levelNameOld: string;
  sponsorshipFee: number | null;
  package: { name: string } | null;
  sponsor: {
    name: string;
    mailingAddressLine1: string;
    mailingAddressLine2: string;
    city: string;
    state: string;
    postalCode: string;
    country: string;
    countryOfIncorporation: string;
    stateOfIncorporation: string;
    contacts: { name: string; email: string; phone: string }[];
  } | null;
};

/** contracts.py _contract_context: every value the agreement template shows, as plain strings. */
export function agreementContext(
  s: AgreementSponsorship,
  contract: { sponsorInfo: string; benefitsList: string; legalClauses: string },
  previous: Date | null,
) {
  const sponsor = s.sponsor;
  const contact = sponsor?.contacts[0];
  const fee = s.sponsorshipFee ?? 0;
  const cityLine = [sponsor?.city, [sponsor?.state, sponsor?.postalCode].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return {
    renewal: Boolean(s.renewal),
    sponsor_name: sponsor?.name ?? "",
    sponsor_name_upper: (sponsor?.name ?? "").toUpperCase(),
    incorporation_location: sponsor ? incorporationLocation(sponsor) : "",
    effective_date: s.startDate ? ordinalDate(s.startDate) : "UNKNOWN",
    previous_effective_date: previous ? ordinalDate(previous) : "UNKNOWN",
    sponsor_info: contract.sponsorInfo,
    contact_name: contact?.name ?? "",
    contact_phone: contact?.phone ?? "",
    contact_email: contact?.email ?? "",
    address_lines: [
      sponsor?.mailingAddressLine1 ?? "",
      sponsor?.mailingAddressLine2 ?? "",
      [cityLine, sponsor?.country ? countryName(sponsor.country) : ""].filter(Boolean).join(" "),
    ].filter(Boolean),
    sponsorship_year: s.year === null ? "" : String(s.year),
    sponsorship_level: s.package?.name || s.levelNameOld,
    fee_words: titleCase(numberToWords(fee)),
    fee_digits: feeDigits(fee),
    benefits: contractLines(contract.benefitsList),
    legal_clauses: contractLines(contract.legalClauses),
  };
}

export const agreementTitle = (renewal: boolean | null) =>
  renewal ? "SPONSORSHIP AGREEMENT RENEWAL" : "SPONSORSHIP AGREEMENT";
