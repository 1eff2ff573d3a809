/**
 * §8.4 contracts: the agreement generated as PDF and DOCX and read back from the bytes (the PDF's
 * content streams inflated and their strings decoded; the DOCX unzipped and its XML read), with
 * the sponsor name, the fee in words, every benefit and clause footnote, page breaks, and a
 * sponsor name full of Markdown, LaTeX, XML and Liquid metacharacters shown literally.
 */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONTRACT_TEMPLATE } from "@/lib/sponsors/contracts/constants";
import {
  agreementContext,
  agreementTitle,
  benefitsAndClauses,
  contractFileName,
} from "@/lib/sponsors/contracts/utils";
import { agreementDocx, agreementPdf } from "./services";
import { renderAgreement } from "./utils";

/** Every string a PDF's text operators draw, a line per text position change. */
function pdfText(bytes: Uint8Array): { text: string; pages: number } {
  const s = Buffer.from(bytes).toString("latin1");
  let out = "";
  let lastY: number | null = null;
  for (const m of s.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = zlib.inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const bt of content.matchAll(/BT([\s\S]*?)ET/g)) {
      // Runs of one line share its baseline up to the fonts' ascent (bold and regular differ a little).
      const y = Number(/([\d.]+) Tm/.exec(bt[1]!)?.[1] ?? NaN);
      const strings = [...bt[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((h) =>
        Buffer.from(h[1]!, "hex").toString("latin1"),
      );
      out += (lastY !== null && Math.abs(y - lastY) < 6 ? "" : "\n") + strings.join("");
      lastY = y;
    }
  }
  return { text: out, pages: (s.match(/\/Type \/Page\b/g) ?? []).length };
}

/** The entries of a ZIP (stored or deflated), read from its central directory. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const b = Buffer.from(bytes);
  const files = new Map<string, string>();
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const skip = nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    const name = b.toString("utf8", p + 46, p + 46 + nameLen);
    const local = b.readUInt32LE(p + 42);
    const data = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(data, data + size);
    files.set(name, (method === 8 ? zlib.inflateRawSync(raw) : raw).toString("utf8"));
    p += 46 + skip;
  }
  return files;
}

const xmlText = (xml: string) =>
  xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1]!)
        .join("")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    )
    .join("\n");

const flat = (t: string) => t.replace(/\s+/g, " ");

const EVIL = "Evil **Bold** \\newpage <w:p>&amp; $x^2$ [^9] {{ renewal }} {% if %} # _u_";

const { benefitsList, legalClauses } = benefitsAndClauses(
  [
    { programName: "Foundation", displayName: "Logo on python.org (Large)", clauseIds: [2] },
    { programName: "PyCon", displayName: "Booth", clauseIds: [1, 2] },
    { programName: "PyPI", displayName: "Social media mention", clauseIds: [] },
  ],
  [
    { id: 1, order: 2, clause: "Booth space is assigned first come, first served." },
    { id: 2, order: 1, clause: "Logos must be vector art." },
  ],
);

function sponsorship(name: string, renewal: boolean) {
  return {
    year: 2026,
    startDate: new Date(Date.UTC(2026, 2, 1)),
    renewal,
    levelNameOld: "Visionary",
    sponsorshipFee: 150_000,
    package: { name: "Visionary" },
    sponsor: {
      name,
      mailingAddressLine1: "1 Main St",
      mailingAddressLine2: "",
      city: "Springfield",
      state: "OR",
      postalCode: "97477",
      country: "US",
      countryOfIncorporation: "",
      stateOfIncorporation: "Delaware",
      contacts: [{ name: "Ada Contact", email: "ada@example.org", phone: "+1 555 0100" }],
    },
  };
}

async function build(name: string, renewal = false) {
  const s = sponsorship(name, renewal);
  const ctx = agreementContext(
    s,
    { sponsorInfo: `${name}, makes things`, benefitsList, legalClauses },
    new Date(Date.UTC(2025, 1, 22)),
  );
  return renderAgreement(DEFAULT_CONTRACT_TEMPLATE, ctx, agreementTitle(renewal));
}

describe("agreement PDF and DOCX", () => {
  it("carry the sponsor, the fee in words and digits, every benefit and each clause footnote once", async () => {
    const doc = await build("Acme Widgets");
    const pdf = pdfText(await agreementPdf(doc));
    const files = unzip(await agreementDocx(doc));
    const docx = xmlText(files.get("word/document.xml")!);
    for (const text of [flat(pdf.text), flat(docx)]) {
      expect(text).toContain("SPONSORSHIP AGREEMENT");
      expect(text).toContain("ACME WIDGETS");
      expect(text).toContain("1st of March 2026");
      expect(text).toContain("One Hundred And Fifty Thousand USD ($150,000)");
      expect(text).toContain("a Delaware corporation");
      expect(text).toContain("Foundation - Logo on python.org (Large) [1]");
      expect(text).toContain("PyCon - Booth [1] [2]");
      expect(text).toContain("PyPI - Social media mention");
      expect(text).toContain("[1] Logos must be vector art.");
      expect(text).toContain("[2] Booth space is assigned first come, first served.");
      expect(text.match(/\[1\] Logos must be vector art\./g)).toHaveLength(1);
      expect(text).toContain("Email: ada@example.org");
      expect(text).not.toContain("RENEWAL");
      expect(text).not.toContain("{{");
    }
    expect(doc.blocks.filter((b) => b.kind === "pagebreak")).toHaveLength(2);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(files.get("word/document.xml")!.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
  });

  it("a renewal says so and names the previous effective date", async () => {
    const doc = await build("Acme Widgets", true);
    const text = flat(pdfText(await agreementPdf(doc)).text);
    expect(text).toContain("SPONSORSHIP AGREEMENT RENEWAL");
    expect(text).toContain("with the effective date of the 22nd of February 2025");
    expect(text).toContain("Replacement of the Exhibit");
    const docx = flat(xmlText(unzip(await agreementDocx(doc)).get("word/document.xml")!));
    expect(docx).toContain("22nd of February 2025");
  });

  it("a sponsor name full of metacharacters comes out literally and adds no markup or page", async () => {
    const doc = await build(EVIL);
    const pdf = pdfText(await agreementPdf(doc));
    const xml = unzip(await agreementDocx(doc)).get("word/document.xml")!;
    const docx = xmlText(xml);
    for (const text of [flat(pdf.text), docx]) {
      expect(text).toContain(EVIL);
      expect(text).toContain(EVIL.toUpperCase());
      expect(text).not.toContain("AGREEMENT RENEWAL");
    }
    expect(doc.blocks.filter((b) => b.kind === "pagebreak")).toHaveLength(2);
    expect(pdf.pages).toBe(pdfText(await agreementPdf(await build("Acme Widgets"))).pages);
    expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
    expect(xml).toContain("&lt;w:p&gt;&amp;amp;");
    expect(xml).not.toContain("<w:p>&amp;");
    // The bold run of the name is the template's, not one the name's ** opened or closed.
    expect(
      doc.blocks.some(
        (b) => b.kind !== "pagebreak" && b.runs.some((r) => r.text === EVIL.toUpperCase() && r.bold),
      ),
    ).toBe(true);
  });
});

describe("contractFileName", () => {
  it("names the DOCX after the sponsor, contract or renewal, unidecoded", () => {
    expect(contractFileName("Acme Widgets Inc.", false, "docx")).toBe(
      "sponsorship-contract-Acme-Widgets-Inc.docx",
    );
    expect(contractFileName("Café Zoë", true, "docx")).toBe("sponsorship-renewal-Cafe-Zoe.docx");
    expect(contractFileName('a"b\r\nc', false, "pdf")).toBe("sponsorship-contract-abc.pdf");
  });
});
