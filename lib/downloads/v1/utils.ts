import { sortKeys, tastypieDateTime } from "@/lib/api/tastypie";
import type { ReleaseFileApiRow } from "@/lib/downloads/release-file/data";
import type { ReleaseApiRow } from "@/lib/downloads/release/data";

export const v1Os = (o: { id: number; name: string; slug: string }) =>
  sortKeys({ name: o.name, resource_uri: `/api/v1/downloads/os/${o.id}/`, slug: o.slug });

export const v1Release = (r: ReleaseApiRow) =>
  sortKeys({
    is_latest: r.isLatest,
    is_published: r.isPublished,
    name: r.name,
    pre_release: r.preRelease,
    release_date: tastypieDateTime(r.releaseDate),
    release_notes_url: r.releaseNotesUrl,
    release_page: r.releasePageId ? `/api/v1/pages/page/${r.releasePageId}/` : null,
    resource_uri: `/api/v1/downloads/release/${r.id}/`,
    show_on_download_page: r.showOnDownloadPage,
    slug: r.slug,
    version: r.version,
  });

export const v1ReleaseFile = (f: ReleaseFileApiRow) =>
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
