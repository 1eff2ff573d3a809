import { cacheLife, cacheTag } from "next/cache";
import { listFeedReleases } from "@/lib/downloads/release/data";
import { downloadsTags } from "./constants";
import type { ReleaseSummary } from "./types";

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!,
  );

/** RSS 2.0 of recent releases (apps/downloads/feeds.py ReleaseFeed: title, link, "Release date" items). */
export function releaseFeedXml(releases: ReleaseSummary[], siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  const items = releases
    .map((r) => {
      const link = `${base}/downloads/release/${r.slug}/`;
      return [
        "<item>",
        `<title>${escapeXml(r.name)}</title>`,
        `<link>${escapeXml(link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `<description>Release date: ${r.releaseDate.toISOString().slice(0, 10)}</description>`,
        `<pubDate>${r.releaseDate.toUTCString()}</pubDate>`,
        "</item>",
      ].join("");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Python Releases</title><link>${escapeXml(`${base}/downloads/`)}</link><description>Latest Python releases from Python.org</description><language>en-us</language>
${items}
</channel></rss>
`;
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
