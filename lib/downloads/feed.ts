import { cacheLife, cacheTag } from "next/cache";
import { listFeedReleases } from "@/lib/downloads/release/data";
import { rssXml } from "@/lib/platform/rss";
import { downloadsTags } from "./constants";
import type { ReleaseSummary } from "./types";

/** RSS 2.0 of recent releases (apps/downloads/feeds.py ReleaseFeed: title, link, "Release date" items). */
export function releaseFeedXml(releases: ReleaseSummary[], siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  return rssXml({
    title: "Python Releases",
    link: `${base}/downloads/`,
    description: "Latest Python releases from Python.org",
    items: releases.map((r) => ({
      title: r.name,
      link: `${base}/downloads/release/${r.slug}/`,
      description: `Release date: ${r.releaseDate.toISOString().slice(0, 10)}`,
      pubDate: r.releaseDate,
    })),
  });
}

/**
 * The feed of the ten newest published releases, cached under the releases tag, so publishing
 * or editing a release refreshes it like every other downloads page.
 */
export async function renderReleaseFeed(siteUrl: string): Promise<string> {
  "use cache";
  cacheLife("hours");
  cacheTag(downloadsTags.releases);
  return releaseFeedXml(await listFeedReleases(10), siteUrl);
}
