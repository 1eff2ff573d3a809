import { renderMinutesFeed } from "@/lib/minutes/feed";
import { env } from "@/lib/platform/env";

// GET /psf/records/board/minutes/feed/ — the 20 latest published minutes as RSS 2.0.
export async function GET() {
  return new Response(await renderMinutesFeed(env.SITE_URL), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
