import { renderCalendarIcs } from "@/lib/events/feed";
import { env } from "@/lib/platform/env";

type Ctx = { params: Promise<{ calendar: string }> };

// GET /events/<cal>/events.ics — the whole calendar as iCalendar (RRULEs kept).
export async function GET(_request: Request, { params }: Ctx) {
  const { calendar } = await params;
  const body = await renderCalendarIcs(calendar, env.SITE_URL);
  if (body === null) return new Response("Not found", { status: 404 });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${calendar}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
