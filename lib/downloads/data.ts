import "server-only";
import { db } from "@/lib/platform/db";
import type { LatestRelease, OsReleases, ReleaseDetail, ReleaseFileRow, ReleaseSummary } from "./types";
import { compareVersions, getVersion, seriesOf } from "./utils";

const summarySelect = {
  name: true,
  slug: true,
  releaseDate: true,
  preRelease: true,
  releaseNotesUrl: true,
} as const;
const fileSelect = {
  name: true,
  url: true,
  description: true,
  isSource: true,
  filesize: true,
  sha256Sum: true,
  md5Sum: true,
  gpgSignatureFile: true,
  sigstoreBundleFile: true,
  sigstoreCertFile: true,
  sigstoreSignatureFile: true,
  sbomSpdx2File: true,
  downloadButton: true,
  os: { select: { slug: true, name: true } },
  signatureCheck: { select: { status: true, detail: true, checkedAt: true } },
} as const;

type SummaryRow = {
  name: string;
  slug: string;
  releaseDate: Date;
  preRelease: boolean;
  releaseNotesUrl: string;
};
const toSummary = (r: SummaryRow): ReleaseSummary => ({ ...r, version: getVersion(r.name) });

type FileRow = Omit<ReleaseFileRow, "osSlug" | "osName" | "signature"> & {
  os: { slug: string; name: string };
  signatureCheck: ReleaseFileRow["signature"];
};
const toFile = ({ os, signatureCheck, ...f }: FileRow): ReleaseFileRow => ({
  ...f,
  osSlug: os.slug,
  osName: os.name,
  signature: signatureCheck,
});

const byVersionDesc = (a: ReleaseSummary, b: ReleaseSummary) => compareVersions(b.version, a.version);

/**
 * The published release marked latest for a major version, with its download-button file per
 * OS (apps/downloads/managers.py latest_python3; models.py download_file_for_os).
 */
export async function getLatestRelease(version = 3): Promise<LatestRelease | null> {
  const latest = (v: number) =>
    db.release.findFirst({
      where: { version: v, isPublished: true, isLatest: true },
      orderBy: { releaseDate: "desc" },
      select: {
        name: true,
        slug: true,
        releaseDate: true,
        files: {
          orderBy: [{ os: { name: "asc" } }, { name: "asc" }],
          select: { name: true, url: true, downloadButton: true, os: { select: { slug: true, name: true } } },
        },
      },
    });
  // The install manager (views.py DownloadBase latest_pymanager) goes with Python 3 only.
  const [release, manager] = await Promise.all([latest(version), version === 3 ? latest(100) : null]);
  if (!release) return null;
  const buttons = (files: NonNullable<typeof release>["files"]) =>
    files
      .filter((f) => f.downloadButton)
      .map((f) => ({ osSlug: f.os.slug, osName: f.os.name, fileName: f.name, url: f.url }));
  return {
    name: release.name,
    slug: release.slug,
    releaseDate: release.releaseDate,
    buttons: buttons(release.files),
    files: release.files.map((f) => ({
      osSlug: f.os.slug,
      name: f.name,
      url: f.url,
      downloadButton: f.downloadButton,
    })),
    installManager: manager ? buttons(manager.files) : [],
  };
}

/** managers.py downloads(): published, shown on the download page, not pre-releases; newest version first. */
export async function listDownloadReleases(): Promise<ReleaseSummary[]> {
  const rows = await db.release.findMany({
    where: { isPublished: true, showOnDownloadPage: true, preRelease: false },
    select: summarySelect,
  });
  return rows.map(toSummary).sort(byVersionDesc);
}

/** Every published final release, hidden ones included (pydotorg/views.py DocsByVersionView). */
export async function listFinalReleases(): Promise<ReleaseSummary[]> {
  const rows = await db.release.findMany({
    where: { isPublished: true, preRelease: false },
    select: summarySelect,
  });
  return rows.map(toSummary).sort(byVersionDesc);
}

/**
 * Published Python 1–3 releases, pre-releases and hidden ones included (managers.py
 * latest_python3(minor) looks at all of them), for the support-status table.
 */
export async function listPublishedPythonReleases(): Promise<ReleaseSummary[]> {
  const rows = await db.release.findMany({
    where: { isPublished: true, version: { in: [1, 2, 3] } },
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** Published releases of one series ("3.12"), newest first by version. */
export async function listSeriesReleases(series: string): Promise<ReleaseSummary[]> {
  const rows = await db.release.findMany({
    where: { isPublished: true, name: { startsWith: `Python ${series}.` } },
    select: summarySelect,
  });
  return rows.map(toSummary).sort(byVersionDesc);
}

/**
 * A release with its files. Drafts are returned too (the page shows them only to staff).
 * supersededBy: the newest final release of the same series when it is newer (views.py).
 */
export async function getReleaseDetail(slug: string): Promise<ReleaseDetail | null> {
  const r = await db.release.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      version: true,
      isPublished: true,
      isLatest: true,
      contentRendered: true,
      releasePage: { select: { path: true } },
      files: { select: fileSelect, orderBy: [{ os: { slug: "asc" } }, { name: "asc" }] },
    },
  });
  if (!r) return null;
  const summary = toSummary(r);
  let supersededBy: ReleaseSummary | null = null;
  const series = seriesOf(summary.version);
  if (series && r.version === 3 && !r.preRelease) {
    const newest = (await listSeriesReleases(series)).find((s) => !s.preRelease);
    if (newest && compareVersions(newest.version, summary.version) > 0) supersededBy = newest;
  }
  return {
    ...summary,
    isPublished: r.isPublished,
    isLatest: r.isLatest,
    majorVersion: r.version,
    contentHtml: r.contentRendered,
    releasePagePath: r.releasePage?.path ?? null,
    files: r.files.map(toFile),
    supersededBy,
  };
}

/** managers.py latest_python3(minor): newest published 3.<minor>.* by date, pre-releases included. */
export async function getLatestInSeries(series: string): Promise<ReleaseSummary | null> {
  const r = await db.release.findFirst({
    where: { isPublished: true, name: { startsWith: `Python ${series}.` } },
    orderBy: { releaseDate: "desc" },
    select: summarySelect,
  });
  return r ? toSummary(r) : null;
}

/** The latest-flagged published release of a major version (1, 2, 3 or 100 for the install manager). */
export async function getLatestSummary(version: number): Promise<ReleaseSummary | null> {
  const r = await db.release.findFirst({
    where: { version, isPublished: true, isLatest: true },
    select: summarySelect,
  });
  return r ? toSummary(r) : null;
}

export async function getLatestPrerelease(): Promise<ReleaseSummary | null> {
  const r = await db.release.findFirst({
    where: { version: 3, isPublished: true, preRelease: true },
    orderBy: { releaseDate: "desc" },
    select: summarySelect,
  });
  return r ? toSummary(r) : null;
}

export async function listOperatingSystems(): Promise<{ name: string; slug: string }[]> {
  return db.oS.findMany({ orderBy: { name: "asc" }, select: { name: true, slug: true } });
}

/** views.py DownloadOSList: released and pre-releases that have files for this OS, newest first. */
export async function getOsReleases(slug: string): Promise<OsReleases | null> {
  const os = await db.oS.findUnique({ where: { slug }, select: { name: true, slug: true } });
  if (!os) return null;
  const rows = await db.release.findMany({
    where: { isPublished: true, files: { some: { os: { slug } } } },
    orderBy: { releaseDate: "desc" },
    select: {
      ...summarySelect,
      files: { where: { os: { slug } }, select: fileSelect, orderBy: { name: "asc" } },
    },
  });
  const entries = rows.map((r) => ({ release: toSummary(r), files: r.files.map(toFile) }));
  return {
    os,
    latest: await getLatestSummary(3),
    stable: entries.filter((e) => !e.release.preRelease),
    preReleases: entries.filter((e) => e.release.preRelease),
  };
}

/** views.py ReleaseFeed: the ten newest published releases by date. */
export async function listFeedReleases(limit = 10): Promise<ReleaseSummary[]> {
  const rows = await db.release.findMany({
    where: { isPublished: true },
    orderBy: { releaseDate: "desc" },
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** pages/views.py legacy /download/releases/X.Y.Z/: the release of that version, if published. */
/**
 * apps/pages/views.py: `/download/releases/X.Y.Z/` goes to the release `python-XYZ` unless that
 * release keeps its own page there (release_page set). Published releases only: a redirect must
 * not reveal a draft.
 */
export async function findLegacyRedirectRelease(version: string): Promise<{ slug: string } | null> {
  return db.release.findFirst({
    where: { slug: `python-${version.replace(/\./g, "")}`, releasePageId: null, isPublished: true },
    select: { slug: true },
  });
}

// Search (lib/search/sources.ts): published releases shown on the download pages.
const searchableReleaseSelect = {
  id: true,
  name: true,
  slug: true,
  contentRendered: true,
  releaseDate: true,
  preRelease: true,
} as const;
export type SearchableRelease = {
  id: number;
  name: string;
  slug: string;
  contentRendered: string;
  releaseDate: Date;
  preRelease: boolean;
};
const searchableReleaseWhere = { isPublished: true, showOnDownloadPage: true } as const;

export async function listSearchableReleases(): Promise<SearchableRelease[]> {
  return db.release.findMany({
    where: searchableReleaseWhere,
    select: searchableReleaseSelect,
    orderBy: { id: "asc" },
  });
}

export async function getSearchableRelease(id: number): Promise<SearchableRelease | null> {
  return db.release.findFirst({ where: { id, ...searchableReleaseWhere }, select: searchableReleaseSelect });
}
