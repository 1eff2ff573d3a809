import { renderJobsFeed } from "@/lib/jobs/feed";
import { env } from "@/lib/platform/env";

// GET /jobs/feed/rss/ — the 20 most recent approved jobs as RSS 2.0.
export async function GET() {
  return new Response(await renderJobsFeed(env.SITE_URL), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
