import { apiV2Url } from "@/lib/api/drf";
import type { ReleaseFileApiRow } from "@/lib/downloads/release-file/data";
import type { ReleaseFileFilter } from "@/lib/downloads/release-file/schema";
import type { ListReleaseFilesQuery } from "./schema";

/** ReleaseFileSerializer, in its field order; related rows as hyperlinks; empty optional URLs are "". */
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

/** ReleaseFileFilter (apps/downloads/filters.py): the fields and lookups it allows. */
export const toReleaseFileFilter = (q: ListReleaseFilesQuery): ReleaseFileFilter => ({
  name: q.name,
  slug: q.slug,
  descriptionContains: q.description__contains,
  osId: q.os,
  releaseId: q.release,
});
