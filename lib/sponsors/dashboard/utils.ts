/** The dashboard's asset lists (§5.8): required ones pending first, provided ones with their value. */
import type { DashboardSponsorship } from "./data";

type Asset = {
  internalName: string;
  text: string | null;
  image: string | null;
  file: string | null;
  response: string | null;
};
const valueOf = (a: Asset | undefined) => (a ? (a.text ?? a.image ?? a.file ?? a.response ?? "") : "");

export type AssetLine = {
  internalName: string;
  /** SponsorRequiredAssetsForm's field name: slugify(internal_name) with "-" as "_". */
  field: string;
  kind: string;
  label: string;
  help: string;
  value: string;
  status: string;
  isFile: boolean;
  relatedTo: string | null;
  maxLength: number | null;
  size: {
    minWidth: number | null;
    maxWidth: number | null;
    minHeight: number | null;
    maxHeight: number | null;
  };
};

export const assetField = (internalName: string) =>
  internalName
    .toLowerCase()
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[-\s]+/g, "-")
    .replace(/-/g, "_");

const dueText = (d: Date) =>
  d.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

export function dashboardAssets(s: DashboardSponsorship): { required: AssetLine[]; provided: AssetLine[] } {
  const find = (name: string, related: string | null) =>
    (related === "sponsor" ? s.sponsorAssets : s.assets).find((a) => a.internalName === name);
  const required: AssetLine[] = [];
  const provided: AssetLine[] = [];
  const seen = new Set<string>();
  for (const f of s.benefits.flatMap((b) => b.features)) {
    if (!f.internalName || seen.has(f.internalName)) continue;
    seen.add(f.internalName);
    const asset = find(f.internalName, f.relatedTo);
    if (f.kind.startsWith("required")) {
      const value = valueOf(asset);
      required.push({
        internalName: f.internalName,
        field: assetField(f.internalName),
        kind: f.kind,
        relatedTo: f.relatedTo,
        maxLength: f.maxLength,
        size: { minWidth: f.minWidth, maxWidth: f.maxWidth, minHeight: f.minHeight, maxHeight: f.maxHeight },
        label: f.label ?? f.internalName,
        help: f.helpText ?? "",
        value,
        isFile: f.kind === "required_img_asset",
        status: value
          ? "(Fulfilled, thank you!)"
          : f.dueDate
            ? `(Required by ${dueText(f.dueDate)})`
            : "(Required)",
      });
    } else {
      const value = f.shared ? (f.sharedText ?? f.sharedFile ?? "") : valueOf(asset);
      provided.push({
        internalName: f.internalName,
        field: assetField(f.internalName),
        kind: f.kind,
        relatedTo: f.relatedTo,
        maxLength: null,
        size: { minWidth: null, maxWidth: null, minHeight: null, maxHeight: null },
        label: f.label ?? f.internalName,
        help: f.helpText ?? "",
        value,
        isFile: f.kind === "provided_file_asset",
        // The PSF supplies these (provided text/file assets); until it has, the sponsor is told so.
        status: value ? "" : "(The PSF has not provided this yet)",
      });
    }
  }
  // SponsorRequiredAssetsForm: pending ones first.
  required.sort((a, b) => Number(Boolean(a.value)) - Number(Boolean(b.value)));
  return { required, provided };
}
