import { renderReleaseFeed } from "@/lib/downloads/feed";
import { env } from "@/lib/platform/env";

// GET /downloads/feed.rss — the ten newest published releases as RSS 2.0.
export async function GET() {
  return new Response(await renderReleaseFeed(env.SITE_URL), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
