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
  sha256_sum?: string;
  filesize?: number;
  gpg_signature_file?: string;
  sigstore_bundle_file?: string;
  sbom_spdx2_file?: string;
  download_button?: boolean;
  is_source?: boolean;
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
      if (/^[0-9a-f]{64}$/i.test(token)) file.sha256_sum = token.toLowerCase();
      else if (/^\d+$/.test(token)) file.filesize = Number(token);
      else if (token === "asc") file.gpg_signature_file = `${url}.asc`;
      else if (token === "sigstore") file.sigstore_bundle_file = `${url}.sigstore`;
      else if (token === "sbom") file.sbom_spdx2_file = `${url}.spdx.json`;
      else if (token === "button") file.download_button = true;
      else if (token === "source") file.is_source = true;
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
    release_date: r.releaseDate ? r.releaseDate.toISOString().slice(0, 16) : "",
    release_notes_url: r.releaseNotesUrl,
    is_published: r.isPublished,
    is_latest: r.isLatest,
    pre_release: r.preRelease,
    show_on_download_page: r.showOnDownloadPage,
  };
}

/** A release file as its admin form shows it (the API's field names). */
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
  os: String(f.osId),
  description: f.description,
  url: f.url,
  sha256_sum: f.sha256Sum,
  md5_sum: f.md5Sum,
  filesize: String(f.filesize),
  download_button: f.downloadButton,
  is_source: f.isSource,
  gpg_signature_file: f.gpgSignatureFile,
  sigstore_signature_file: f.sigstoreSignatureFile,
  sigstore_cert_file: f.sigstoreCertFile,
  sigstore_bundle_file: f.sigstoreBundleFile,
  sbom_spdx2_file: f.sbomSpdx2File,
});

/** Parsed lines as the release-file mutation's input: the OS by id, camelCase columns. */
export const toNewReleaseFiles = (
  files: readonly ParsedFileLine[],
  osIdBySlug: ReadonlyMap<string, number>,
) =>
  files.map((f) => ({
    name: f.name,
    url: f.url,
    osId: osIdBySlug.get(f.osSlug)!,
    sha256Sum: f.sha256_sum,
    filesize: f.filesize,
    gpgSignatureFile: f.gpg_signature_file,
    sigstoreBundleFile: f.sigstore_bundle_file,
    sbomSpdx2File: f.sbom_spdx2_file,
    downloadButton: f.download_button,
    isSource: f.is_source,
  }));
