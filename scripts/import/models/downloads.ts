/** apps/downloads: operating systems, releases, release files. */
import type { Mapping, Tx } from "../types";
import {
  bool,
  contentManageable,
  date,
  fk,
  fkOrNull,
  int,
  legacyPk,
  markupField,
  markupSpec,
  MapError,
  nameSlug,
  str,
} from "./common";

const os: Mapping = {
  model: "downloads.os",
  table: "oS",
  dependsOn: ["users.user"],
  adopt: (d) => ({ slug: d.slug }),
  map: (row, ctx) => ({
    data: { legacyId: legacyPk(row.pk), ...contentManageable(row.fields, ctx), ...nameSlug(row.fields) },
  }),
};

const release: Mapping = {
  model: "downloads.release",
  table: "release",
  dependsOn: ["users.user", "pages.page"],
  adopt: (d) => ({ slug: d.slug }),
  markup: [markupSpec("content")],
  // Django's promote_latest_release: one latest release per major version. The dump's own
  // flag wins over whatever the database had (seed data, or an earlier import). Rows made here
  // have no legacy id: `NOT legacy_id = x` is NULL for them in SQL, so they are named outright.
  async beforeWrite(tx: Tx, rows) {
    for (const r of rows.filter((r) => r.isLatest))
      await tx.release.updateMany({
        where: {
          version: r.version as number,
          isLatest: true,
          OR: [{ legacyId: null }, { legacyId: { not: r.legacyId as number } }],
        },
        data: { isLatest: false },
      });
  },
  map(row, ctx) {
    const f = row.fields;
    const version = int(f.version, 3);
    if (![1, 2, 3, 100].includes(version)) throw new MapError(`version ${version} is not 1, 2, 3 or 100`);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        ...nameSlug(f),
        version,
        isLatest: bool(f.is_latest),
        isPublished: bool(f.is_published),
        preRelease: bool(f.pre_release),
        showOnDownloadPage: bool(f.show_on_download_page, true),
        releaseDate: date(f.release_date) ?? undefined,
        releasePageId: fkOrNull(ctx, "pages.page", f.release_page),
        releaseNotesUrl: str(f.release_notes_url),
        ...markupField(f, "content", "content", "markdown"),
      },
    };
  },
};

const releaseFile: Mapping = {
  model: "downloads.releasefile",
  table: "releaseFile",
  dependsOn: ["users.user", "downloads.os", "downloads.release"],
  adopt: (d) => ({ url: d.url }),
  map(row, ctx) {
    const f = row.fields;
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        ...nameSlug(f),
        osId: fk(ctx, "downloads.os", f.os, "os"),
        releaseId: fk(ctx, "downloads.release", f.release, "release"),
        description: str(f.description),
        isSource: bool(f.is_source),
        url: str(f.url),
        gpgSignatureFile: str(f.gpg_signature_file),
        sigstoreSignatureFile: str(f.sigstore_signature_file),
        sigstoreCertFile: str(f.sigstore_cert_file),
        sigstoreBundleFile: str(f.sigstore_bundle_file),
        sbomSpdx2File: str(f.sbom_spdx2_file),
        md5Sum: str(f.md5_sum),
        sha256Sum: str(f.sha256_sum),
        filesize: int(f.filesize),
        downloadButton: bool(f.download_button),
      },
    };
  },
};

export const downloadsMappings: Mapping[] = [os, release, releaseFile];
