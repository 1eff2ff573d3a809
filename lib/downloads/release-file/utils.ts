import { AppError, type FieldErrors } from "@/lib/platform/errors";
import { apiV2Url } from "@/lib/api/drf";
import type { ReleaseFileApiRow } from "./data";

export const SIDECARS = {
  gpg_signature_file: ".asc",
  sigstore_signature_file: ".sig",
  sigstore_cert_file: ".crt",
  sigstore_bundle_file: ".sigstore",
  sbom_spdx2_file: ".spdx.json",
} as const;
export type SidecarField = keyof typeof SIDECARS;

/** The site files must live on: the origin of DOWNLOAD_BASE_URL (https://www.python.org/). */
export const downloadSitePrefix = (downloadBaseUrl: string) => new URL("/", downloadBaseUrl).toString();

/**
 * apps/downloads/validators.py validate_release_file_urls: new or changed URLs start with
 * https://www.python.org/ (the origin of the configured download base; an unchanged legacy
 * http:// value may stay); each sidecar is the file URL plus its suffix.
 */
export function validateReleaseFileUrls(
  next: { url: string } & Partial<Record<SidecarField, string>>,
  previous: ({ url: string } & Partial<Record<SidecarField, string>>) | undefined,
  prefix: string,
): void {
  const fields: FieldErrors = {};
  const check = (field: string, value: string | undefined, before: string | undefined) => {
    if (!value || value === before) return;
    if (!value.startsWith(prefix))
      (fields[field] ??= []).push(`Release file URLs must begin with '${prefix}'.`);
  };
  check("url", next.url, previous?.url);
  for (const [field, suffix] of Object.entries(SIDECARS) as [SidecarField, string][]) {
    const value = next[field];
    check(field, value, previous?.[field]);
    if (value && value !== `${next.url}${suffix}`)
      (fields[field] ??= []).push(`Sidecar URL must match the artifact URL plus '${suffix}'.`);
  }
  if (Object.keys(fields).length) throw new AppError("validation_failed", "Invalid.", { fields });
}

export const idFromLink = (link: string) => Number(/\/(\d+)\/?$/.exec(link)![1]);

/** ReleaseFileSerializer, in its field order; empty optional URLs are "" (not null). */
export function toReleaseFileResponse(f: ReleaseFileApiRow) {
  return {
    name: f.name,
    slug: f.slug,
    os: apiV2Url(`/api/v2/downloads/os/${f.osId}/`),
    release: apiV2Url(`/api/v2/downloads/release/${f.releaseId}/`),
    description: f.description,
    is_source: f.isSource,
    url: f.url,
    gpg_signature_file: f.gpgSignatureFile,
    md5_sum: f.md5Sum,
    sha256_sum: f.sha256Sum,
    filesize: f.filesize,
    download_button: f.downloadButton,
    resource_uri: apiV2Url(`/api/v2/downloads/release_file/${f.id}/`),
    sigstore_signature_file: f.sigstoreSignatureFile,
    sigstore_cert_file: f.sigstoreCertFile,
    sigstore_bundle_file: f.sigstoreBundleFile,
    sbom_spdx2_file: f.sbomSpdx2File,
  };
}
