/**
 * The admin's bulk "add files" text: one file per line,
 *   <url> <os-slug> [sha256] [size-in-bytes] [asc] [sigstore] [sbom] [button] [source]
 * The file's name is the last part of its URL; the flags add the sidecar URLs python.org
 * publishes beside each file (URL + .asc / .sigstore / .spdx.json).
 */
export type ParsedFileLine = {
  name: string;
  url: string;
  osSlug: string;
  sha256Sum?: string;
  filesize?: number;
  gpgSignatureFile?: string;
  sigstoreBundleFile?: string;
  sbomSpdx2File?: string;
  downloadButton?: boolean;
  isSource?: boolean;
};

export function parseFileLines(
  text: string,
  osSlugs: readonly string[],
): { files: ParsedFileLine[]; errors: string[] } {
  const files: ParsedFileLine[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  lines.forEach((line, i) => {
    if (!line || line.startsWith("#")) return;
    const [url, osSlug, ...rest] = line.split(/\s+/);
    const where = `Line ${i + 1}`;
    let parsed: URL;
    try {
      parsed = new URL(url!);
    } catch {
      errors.push(`${where}: "${url}" is not a URL.`);
      return;
    }
    if (!osSlug || !osSlugs.includes(osSlug)) {
      errors.push(`${where}: give an operating system (${osSlugs.join(", ")}).`);
      return;
    }
    const file: ParsedFileLine = {
      name: decodeURIComponent(parsed.pathname.split("/").pop() || url!),
      url: url!,
      osSlug,
    };
    for (const token of rest) {
      if (/^[0-9a-f]{64}$/i.test(token)) file.sha256Sum = token.toLowerCase();
      else if (/^\d+$/.test(token)) file.filesize = Number(token);
      else if (token === "asc") file.gpgSignatureFile = `${url}.asc`;
      else if (token === "sigstore") file.sigstoreBundleFile = `${url}.sigstore`;
      else if (token === "sbom") file.sbomSpdx2File = `${url}.spdx.json`;
      else if (token === "button") file.downloadButton = true;
      else if (token === "source") file.isSource = true;
      else errors.push(`${where}: "${token}" is not a SHA-256, a size or a known flag.`);
    }
    files.push(file);
  });
  if (!files.length && !errors.length) errors.push("Add at least one file.");
  if (files.length > 100) errors.push("Add at most 100 files at a time.");
  return { files, errors };
}

/** A release as its admin form shows it (the datetime input is UTC, minutes precision). */
export function releaseFormValues(release?: {
  name: string;
  slug: string;
  version: number;
  releaseDate: Date | null;
  releaseNotesUrl: string;
  isPublished: boolean;
  isLatest: boolean;
  preRelease: boolean;
  showOnDownloadPage: boolean;
}) {
  // A new release: Python 3, dated now, shown on the downloads page once published.
  const r = release ?? {
    name: "",
    slug: "",
    version: 3,
    releaseDate: new Date(),
    releaseNotesUrl: "",
    isPublished: false,
    isLatest: false,
    preRelease: false,
    showOnDownloadPage: true,
  };
  return {
    name: r.name,
    slug: r.slug,
    version: String(r.version),
    releaseDate: r.releaseDate ? r.releaseDate.toISOString().slice(0, 16) : "",
    releaseNotesUrl: r.releaseNotesUrl,
    isPublished: r.isPublished,
    isLatest: r.isLatest,
    preRelease: r.preRelease,
    showOnDownloadPage: r.showOnDownloadPage,
  };
}

/** A release file as its admin form shows it (the mutation's input names; inputs are text). */
export const releaseFileFormValues = (f: {
  name: string;
  osId: number;
  description: string;
  url: string;
  sha256Sum: string;
  md5Sum: string;
  filesize: number;
  downloadButton: boolean;
  isSource: boolean;
  gpgSignatureFile: string;
  sigstoreSignatureFile: string;
  sigstoreCertFile: string;
  sigstoreBundleFile: string;
  sbomSpdx2File: string;
}) => ({
  name: f.name,
  osId: String(f.osId),
  description: f.description,
  url: f.url,
  sha256Sum: f.sha256Sum,
  md5Sum: f.md5Sum,
  filesize: String(f.filesize),
  downloadButton: f.downloadButton,
  isSource: f.isSource,
  gpgSignatureFile: f.gpgSignatureFile,
  sigstoreSignatureFile: f.sigstoreSignatureFile,
  sigstoreCertFile: f.sigstoreCertFile,
  sigstoreBundleFile: f.sigstoreBundleFile,
  sbomSpdx2File: f.sbomSpdx2File,
});

/** Parsed lines as the release-file mutation's input: the OS by id instead of its slug. */
export const toNewReleaseFiles = (
  files: readonly ParsedFileLine[],
  osIdBySlug: ReadonlyMap<string, number>,
) => files.map(({ osSlug, ...f }) => ({ ...f, osId: osIdBySlug.get(osSlug)! }));
