import { renderEventsRss } from "@/lib/events/feed";
import { env } from "@/lib/platform/env";

type Ctx = { params: Promise<{ calendar: string }> };

// GET /events/<cal>/feed.rss — the calendar's next 20 events as RSS 2.0.
export async function GET(_request: Request, { params }: Ctx) {
  const body = await renderEventsRss((await params).calendar, env.SITE_URL);
  if (body === null) return new Response("Not found", { status: 404 });
  return new Response(body, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
