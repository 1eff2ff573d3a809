import { AppError, type FieldErrors } from "@/lib/platform/errors";

/**
 * The signature and SBOM files published beside each artifact: the suffix each must carry, and
 * the field its errors are reported on. Rule errors keep the names the API bodies and the admin
 * form both use (url, gpg_signature_file, ...), so they land on the field that was sent.
 */
export const SIDECARS = {
  gpgSignatureFile: { suffix: ".asc", field: "gpg_signature_file" },
  sigstoreSignatureFile: { suffix: ".sig", field: "sigstore_signature_file" },
  sigstoreCertFile: { suffix: ".crt", field: "sigstore_cert_file" },
  sigstoreBundleFile: { suffix: ".sigstore", field: "sigstore_bundle_file" },
  sbomSpdx2File: { suffix: ".spdx.json", field: "sbom_spdx2_file" },
} as const;
export type SidecarField = keyof typeof SIDECARS;
export type ReleaseFileUrls = { url: string } & Partial<Record<SidecarField, string>>;

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
  for (const [key, { suffix, field }] of Object.entries(SIDECARS) as [
    SidecarField,
    (typeof SIDECARS)[SidecarField],
  ][]) {
    const value = next[key];
    check(field, value, previous?.[key]);
    if (value && value !== `${next.url}${suffix}`)
      (fields[field] ??= []).push(`Sidecar URL must match the artifact URL plus '${suffix}'.`);
  }
  if (Object.keys(fields).length) throw new AppError("validation_failed", "Invalid.", { fields });
}
