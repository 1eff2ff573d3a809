/** The sponsorships CSV (python.org's SponsorshipResource export), one row per sponsorship. */
import { CONTACT_TYPE_LABELS } from "./constants";

const cell = (v: string) =>
  /[",\r\n]/.test(v) || /^[=+\-@\t]/.test(v)
    ? `"${(/^[=+\-@\t]/.test(v) ? "'" : "") + v.replace(/"/g, '""')}"`
    : v;
/** One CSV line; cells that a spreadsheet would run as a formula are quoted and prefixed. */
export const csvLine = (cells: readonly string[]) => `${cells.map(cell).join(",")}\r\n`;

type ExportRow = {
  id: number;
  startDate: Date | null;
  endDate: Date | null;
  sponsorshipFee: number | null;
  levelNameOld: string;
  package: { name: string } | null;
  sponsor: {
    name: string;
    webLogo: string;
    landingPageUrl: string;
    contacts: {
      name: string;
      email: string;
      phone: string;
      primary: boolean;
      administrative: boolean;
      accounting: boolean;
      manager: boolean;
    }[];
  } | null;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export function sponsorshipCsvRow(r: ExportRow, site: string, mediaUrl: (key: string) => string): string[] {
  const contacts = r.sponsor?.contacts ?? [];
  const types = (
    c: ExportRow["sponsor"] extends infer S ? (S extends { contacts: (infer C)[] } ? C : never) : never,
  ) =>
    (Object.keys(CONTACT_TYPE_LABELS) as (keyof typeof CONTACT_TYPE_LABELS)[])
      .filter((k) => c[k])
      .map((k) => CONTACT_TYPE_LABELS[k])
      .join(" & ");
  return [
    r.sponsor?.name ?? "",
    contacts.map((c) => c.name).join(", "),
    contacts.map((c) => c.email).join(", "),
    contacts.map((c) => c.phone).join(", "),
    contacts.map(types).join(", "),
    day(r.startDate),
    day(r.endDate),
    r.sponsor?.webLogo ? new URL(mediaUrl(r.sponsor.webLogo), site).toString() : "",
    r.sponsor?.landingPageUrl ?? "",
    r.package?.name ?? r.levelNameOld,
    r.sponsorshipFee === null ? "" : String(r.sponsorshipFee),
    new URL(`/admin/sponsors/${r.id}/`, site).toString(),
  ];
}
