import "server-only";
import type { Prisma } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import type { LatestRelease, ReleaseDetail, ReleaseSummary } from "@/lib/downloads/types";
import { compareVersions, getVersion, seriesOf } from "@/lib/downloads/utils";
import type { ReleaseFilter } from "./schema";
import { byVersionDesc, fileSelect, releaseWhere, summarySelect, toFile, toSummary } from "./utils";

export const releaseApiSelect = {
  id: true,
  name: true,
  slug: true,
  version: true,
  isPublished: true,
  isLatest: true,
  releaseDate: true,
  preRelease: true,
  releasePageId: true,
  releaseNotesUrl: true,
  showOnDownloadPage: true,
} as const;
export type ReleaseApiRow = Prisma.ReleaseGetPayload<{ select: typeof releaseApiSelect }>;
const byName = [{ name: "asc" as const }, { id: "asc" as const }];

/** Releases by name (Meta.ordering = name); non-staff see published ones only. */
export async function listReleases(filter: ReleaseFilter, staff: boolean): Promise<ReleaseApiRow[]> {
  const where = releaseWhere(filter, staff);
  if (!where) return [];
  return db.release.findMany({ where, select: releaseApiSelect, orderBy: byName });
}

/** One page of them and the total (Tastypie's limit/offset lists). */
export async function listReleasesPage(
  filter: ReleaseFilter,
  staff: boolean,
  page: { take: number; skip: number },
): Promise<{ rows: ReleaseApiRow[]; total: number }> {
  const where = releaseWhere(filter, staff);
  if (!where) return { rows: [], total: 0 };
  const [rows, total] = await Promise.all([
    db.release.findMany({ where, select: releaseApiSelect, orderBy: byName, ...page }),
    db.release.count({ where }),
  ]);
  return { rows, total };
}

/** One release; with `staff: false`, drafts are not found. */
export async function getRelease(id: number, staff = true): Promise<ReleaseApiRow | null> {
  return db.release.findFirst({
    where: { id, ...(staff ? {} : { isPublished: true }) },
    select: releaseApiSelect,
  });
}

/**
 * The published release marked latest for a major version, with its download-button file per
 * OS (apps/downloads/managers.py latest_python3; models.py download_file_for_os).
 */
export async function getLatestRelease(version = 3): Promise<LatestRelease | null> {
  const find = (where: Prisma.ReleaseWhereInput) =>
    db.release.findFirst({
      where,
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
  // A release marked latest before its files are uploaded would empty the download buttons:
  // until it has a download-button file, the newest published final release that has one stands in.
  const latest = async (v: number) => {
    const flagged = await find({ version: v, isPublished: true, isLatest: true });
    if (!flagged || flagged.files.some((f) => f.downloadButton)) return flagged;
    const candidates = await db.release.findMany({
      where: { version: v, isPublished: true, preRelease: false, files: { some: { downloadButton: true } } },
      select: { id: true, name: true },
    });
    // The highest version, not the newest date: a 3.13 bugfix can ship after 3.14.0.
    const best = candidates.sort((a, b) => compareVersions(getVersion(b.name), getVersion(a.name)))[0];
    return (best && (await find({ id: best.id }))) ?? flagged;
  };
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

const summaries = async (where: Prisma.ReleaseWhereInput) =>
  (await db.release.findMany({ where, select: summarySelect })).map(toSummary);

/** managers.py downloads(): published, shown on the download page, not pre-releases; newest version first. */
export async function listDownloadReleases(): Promise<ReleaseSummary[]> {
  return (await summaries({ isPublished: true, showOnDownloadPage: true, preRelease: false })).sort(
    byVersionDesc,
  );
}

/** Every published final release, hidden ones included (pydotorg/views.py DocsByVersionView). */
export async function listFinalReleases(): Promise<ReleaseSummary[]> {
  return (await summaries({ isPublished: true, preRelease: false })).sort(byVersionDesc);
}

/**
 * Published Python 1–3 releases, pre-releases and hidden ones included (managers.py
 * latest_python3(minor) looks at all of them), for the support-status table.
 */
export async function listPublishedPythonReleases(): Promise<ReleaseSummary[]> {
  return summaries({ isPublished: true, version: { in: [1, 2, 3] } });
}

/** Published releases of one series ("3.12"), newest first by version. */
export async function listSeriesReleases(series: string): Promise<ReleaseSummary[]> {
  return (await summaries({ isPublished: true, name: { startsWith: `Python ${series}.` } })).sort(
    byVersionDesc,
  );
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

// Search (lib/site/search/sources.ts): published releases shown on the download pages.
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
