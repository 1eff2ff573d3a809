/** views_admin.export_assets_as_zipfile (§5.9): the rules, apart from the bytes. */
export const EXPORT_MESSAGES = {
  none: "You have to select at least one asset to export.",
  withoutValue: (n: number) =>
    `${n} assets from the selection doesn't have data to export. Please review your selection!`,
} as const;

type Asset = {
  internalName: string;
  type: "img" | "text" | "file" | "response";
  image: string | null;
  text: string | null;
  file: string | null;
  response: string | null;
  sponsor: { name: string } | null;
  sponsorship: { sponsor: { name: string } | null } | null;
};

/** GenericAsset.value: the stored key of a file or image, or the text or response. */
export const assetValue = (a: Asset) =>
  (a.type === "img" ? a.image : a.type === "file" ? a.file : a.type === "text" ? a.text : a.response) || "";

export const isFileAsset = (a: Asset) => a.type === "img" || a.type === "file";

/** The sponsor's name as a directory (no separators or dot names), "unknown" when there is none. */
export function assetDirectory(a: Asset): string {
  const name = (a.sponsorship?.sponsor?.name ?? a.sponsor?.name ?? "")
    .replace(/[\\/\u0000-\u001f]+/g, " ")
    .trim();
  return !name || /^\.+$/.test(name) ? "unknown" : name;
}

/** `<sponsor>/<internal_name>.txt`, or the stored file's extension for files and images. */
export function assetEntryName(a: Asset): string {
  const ext = isFileAsset(a) ? (/\.([A-Za-z0-9]{1,10})$/.exec(assetValue(a))?.[1] ?? "bin") : "txt";
  return `${assetDirectory(a)}/${a.internalName.replace(/[\\/]+/g, "_")}.${ext}`;
}
