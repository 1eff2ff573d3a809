import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound } from "next/navigation";
import { listReleaseCycle } from "@/lib/downloads/cycle/data";
import { activeSeries, endOfLifeFor, latestBySeries } from "@/lib/downloads/cycle/utils";
import { groupDocsVersions, type DocsSeries } from "@/lib/downloads/docs/utils";
import { getOsReleases, listOperatingSystems } from "@/lib/downloads/os/data";
import {
  getLatestRelease,
  getReleaseDetail,
  listDownloadReleases,
  listFinalReleases,
  listPublishedPythonReleases,
} from "@/lib/downloads/release/data";
import { downloadsTags } from "./constants";
import type { ActiveSeries, LatestRelease, OsReleases, ReleaseDetail, ReleaseSummary } from "./types";

export async function loadLatestPython3(): Promise<LatestRelease | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(downloadsTags.releases);
  return getLatestRelease(3);
}

export async function loadDownloadsHome(): Promise<{
  latest: LatestRelease | null;
  releases: ReleaseSummary[];
  active: ActiveSeries[];
}> {
  "use cache";
  cacheLife("hours");
  cacheTag(downloadsTags.releases);
  const [latest, releases, published, cycle] = await Promise.all([
    getLatestRelease(3),
    listDownloadReleases(),
    listPublishedPythonReleases(),
    listReleaseCycle(),
  ]);
  return { latest, releases, active: activeSeries(cycle, latestBySeries(published)) };
}

/** endOfLife: null while the series is supported; a date (or "" when unknown) once it is not. */
type ReleasePage = ReleaseDetail & { endOfLife: string | null };

async function releaseDetail(slug: string): Promise<ReleasePage | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(downloadsTags.releases, downloadsTags.release(slug));
  const [release, cycle] = await Promise.all([getReleaseDetail(slug), listReleaseCycle()]);
  if (!release) return null;
  return { ...release, endOfLife: endOfLifeFor(release.name, cycle)?.date ?? null };
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
  cacheTag(downloadsTags.releases);
  return (await listDownloadReleases()).map((r) => r.slug);
}

async function osReleases(slug: string): Promise<OsReleases | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(downloadsTags.releases);
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
  cacheTag(downloadsTags.releases);
  return (await listOperatingSystems()).map(({ name, slug }) => ({ name, slug }));
}

export async function loadDocsVersions(): Promise<DocsSeries[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(downloadsTags.releases);
  return groupDocsVersions(await listFinalReleases());
}
