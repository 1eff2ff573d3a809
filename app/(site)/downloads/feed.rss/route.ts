import { loadFeedReleases } from "@/lib/downloads/loaders";
import { releaseFeedXml } from "@/lib/downloads/feed";
import { env } from "@/lib/platform/env";

// GET /downloads/feed.rss — the ten newest published releases as RSS 2.0.
export async function GET() {
  const xml = releaseFeedXml(await loadFeedReleases(), env.SITE_URL);
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
