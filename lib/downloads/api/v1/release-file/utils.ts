import { AppError } from "@/lib/platform/errors";
import { sortKeys } from "@/lib/api/tastypie";
import type { ReleaseFileApiRow } from "@/lib/downloads/release-file/data";
import type { ReleaseFileFilter } from "@/lib/downloads/release-file/schema";
import type { V1ReleaseFileQuery } from "./schema";

/** ReleaseFileResource's dehydrated object: keys sorted, related rows as v1 resource URIs. */
export const toV1ReleaseFile = (f: ReleaseFileApiRow) =>
  sortKeys({
    description: f.description,
    download_button: f.downloadButton,
    filesize: f.filesize,
    gpg_signature_file: f.gpgSignatureFile,
    is_source: f.isSource,
    md5_sum: f.md5Sum,
    name: f.name,
    os: `/api/v1/downloads/os/${f.osId}/`,
    release: `/api/v1/downloads/release/${f.releaseId}/`,
    resource_uri: `/api/v1/downloads/release_file/${f.id}/`,
    sbom_spdx2_file: f.sbomSpdx2File,
    sha256_sum: f.sha256Sum,
    sigstore_bundle_file: f.sigstoreBundleFile,
    sigstore_cert_file: f.sigstoreCertFile,
    sigstore_signature_file: f.sigstoreSignatureFile,
    slug: f.slug,
    url: f.url,
  });

/** ReleaseFileResource Meta.filtering, relations followed (os__slug, release__name, ...). */
export const toV1ReleaseFileFilter = (q: V1ReleaseFileQuery): ReleaseFileFilter => ({
  name: q.name,
  slug: q.slug,
  osId: q.os,
  os: { slug: q.os__slug, name: q.os__name },
  releaseId: q.release,
  release: {
    slug: q.release__slug,
    name: q.release__name,
    version: q.release__version,
    isPublished: q.release__is_published,
    preRelease: q.release__pre_release,
  },
  descriptionContains: q.description__contains,
});

/**
 * apps/downloads/api.py: a collection DELETE needs exactly one ?release=<id> and nothing else.
 * The release's id, or a 400.
 */
export function releaseIdToDeleteFilesOf(params: URLSearchParams): number {
  const releases = params.getAll("release");
  const others = [...params.keys()].filter((k) => k !== "release");
  if (releases.length !== 1 || others.length || !/^\d+$/.test(releases[0]!))
    throw new AppError("bad_request", "Deleting release files requires exactly one 'release' filter.");
  return Number(releases[0]);
}
