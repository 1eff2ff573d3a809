import { AppError, type FieldErrors } from "@/lib/platform/errors";

/**
 * The signature and SBOM files published beside each artifact, and the suffix each must carry.
 * Rule errors are keyed by these input names (url, gpgSignatureFile, ...); the API adapters
 * rename them to the serializer's fields (lib/downloads/api/utils releaseFileWireErrors).
 */
export const SIDECARS = {
  gpgSignatureFile: { suffix: ".asc" },
  sigstoreSignatureFile: { suffix: ".sig" },
  sigstoreCertFile: { suffix: ".crt" },
  sigstoreBundleFile: { suffix: ".sigstore" },
  sbomSpdx2File: { suffix: ".spdx.json" },
} as const;
export type SidecarField = keyof typeof SIDECARS;
export type ReleaseFileUrls = { url: string } & Partial<Record<SidecarField, string>>;

/** A file's release that is not there (the API words it as DRF's "Invalid hyperlink"). */
export const NO_SUCH_RELEASE = "No such release.";
/** The database refused the OS or release a file points to, without saying which. */
export const NO_SUCH_OS_OR_RELEASE = "No such operating system or release.";
/** apps/downloads/models.py ReleaseFile.validate_unique: one download button per OS per release. */
export const BUTTON_TAKEN = 'Only one Release File per OS can have "Download button" enabled';

/** The site files must live on: the origin of DOWNLOAD_BASE_URL (https://www.python.org/). */
export const downloadSitePrefix = (downloadBaseUrl: string) => new URL("/", downloadBaseUrl).toString();

/**
 * apps/downloads/validators.py validate_release_file_urls: new or changed URLs start with
 * https://www.python.org/ (the origin of the configured download base; an unchanged legacy
 * http:// value may stay); each sidecar is the file URL plus its suffix.
 */
export function validateReleaseFileUrls(
  next: ReleaseFileUrls,
  previous: ReleaseFileUrls | undefined,
  prefix: string,
): void {
  const fields: FieldErrors = {};
  const check = (field: string, value: string | undefined, before: string | undefined) => {
    if (!value || value === before) return;
    if (!value.startsWith(prefix))
      (fields[field] ??= []).push(`Release file URLs must begin with '${prefix}'.`);
  };
  check("url", next.url, previous?.url);
  for (const [key, { suffix }] of Object.entries(SIDECARS) as [
    SidecarField,
    (typeof SIDECARS)[SidecarField],
  ][]) {
    const value = next[key];
    check(key, value, previous?.[key]);
    if (value && value !== `${next.url}${suffix}`)
      (fields[key] ??= []).push(`Sidecar URL must match the artifact URL plus '${suffix}'.`);
  }
  if (Object.keys(fields).length) throw new AppError("validation_failed", "Invalid.", { fields });
}
