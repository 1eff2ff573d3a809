import { renderEventIcs } from "@/lib/events/feed";
import { env } from "@/lib/platform/env";

type Ctx = { params: Promise<{ calendar: string; id: string }> };

// GET /events/<cal>/<pk>/event.ics — one event, for "add to calendar".
export async function GET(_request: Request, { params }: Ctx) {
  const { calendar, id } = await params;
  const body = /^\d{1,9}$/.test(id) ? await renderEventIcs(calendar, Number(id), env.SITE_URL) : null;
  if (body === null) return new Response("Not found", { status: 404 });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="event-${id}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
