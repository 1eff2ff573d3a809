import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound } from "next/navigation";
import { tags } from "@/lib/cache-tags";
import { RELEASE_CYCLE, seriesStatus } from "./constants";
import {
  getLatestRelease,
  getOsReleases,
  getReleaseDetail,
  listDownloadReleases,
  listFeedReleases,
  listOperatingSystems,
} from "./data";
import type { ActiveSeries, LatestRelease, OsReleases, ReleaseDetail, ReleaseSummary } from "./types";
import { groupDocsVersions, type DocsSeries } from "./docs";
import { seriesOf } from "./utils";

export async function loadLatestPython3(): Promise<LatestRelease | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases);
  return getLatestRelease(3);
}

/**
 * Active series for the downloads page (download_tags.render_active_releases): every series
 * not yet end-of-life that has a published release, plus the most recent end-of-life one.
 */
function activeSeries(releases: ReleaseSummary[], today: Date): ActiveSeries[] {
  const latestBySeries = new Map<string, ReleaseSummary>();
  for (const r of releases) {
    const s = seriesOf(r.version);
    if (s && !latestBySeries.has(s)) latestBySeries.set(s, r);
  }
  const rows = RELEASE_CYCLE.map((c) => ({
    ...c,
    status: seriesStatus(c, today),
    latest: latestBySeries.get(c.series) ?? null,
  }));
  const live = rows.filter((r) => r.status !== "end-of-life" && r.latest);
  const lastEol = rows.find((r) => r.status === "end-of-life" && r.latest);
  return lastEol ? [...live, lastEol] : live;
}

export async function loadDownloadsHome(): Promise<{
  latest: LatestRelease | null;
  releases: ReleaseSummary[];
  active: ActiveSeries[];
}> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases);
  const [latest, releases] = await Promise.all([getLatestRelease(3), listDownloadReleases()]);
  return { latest, releases, active: activeSeries(releases, new Date()) };
}

type ReleasePage = ReleaseDetail & { endOfLife: string | null };

async function releaseDetail(slug: string): Promise<ReleasePage | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases, `release:${slug}`);
  const release = await getReleaseDetail(slug);
  if (!release) return null;
  const cycle = RELEASE_CYCLE.find((c) => c.series === seriesOf(release.version));
  const eol = cycle && seriesStatus(cycle, new Date()) === "end-of-life" ? cycle.endOfLife : null;
  return { ...release, endOfLife: eol };
}

/** A published release, or 404. Drafts stay hidden until staff previews arrive with accounts. */
export async function loadRelease(slug: string): Promise<ReleasePage> {
  const release = await releaseDetail(slug);
  if (!release || !release.isPublished) notFound();
  return release;
}

/** Slugs to prerender at build time; others render on first request. */
export async function loadReleaseSlugs(): Promise<string[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases);
  return (await listDownloadReleases()).map((r) => r.slug);
}

async function osReleases(slug: string): Promise<OsReleases | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases);
  return getOsReleases(slug);
}

export async function loadOsReleases(slug: string): Promise<OsReleases> {
  const data = await osReleases(slug);
  if (!data) notFound();
  return data;
}

export async function loadOperatingSystems(): Promise<{ name: string; slug: string }[]> {
  "use cache";
  cacheLife("days");
  cacheTag(tags.releases);
  return listOperatingSystems();
}

export async function loadFeedReleases(): Promise<ReleaseSummary[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases);
  return listFeedReleases(10);
}

export async function loadDocsVersions(): Promise<DocsSeries[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases);
  return groupDocsVersions(await listDownloadReleases());
}
