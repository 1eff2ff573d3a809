import type { Metadata } from "next";
import { EventDetailView, MoreAtVenue } from "@/components/events/event-detail";
import { EventsSidebar } from "@/components/events/events-sidebar";
import { loadCalendar, loadEvent } from "@/lib/events/loaders";

type Props = { params: Promise<{ calendar: string; id: string }> };

// Nothing on it depends on the visitor: rendered on first request, then cached until the events
// tag changes (without this, a dynamic segment is rendered on every request: 7–11 req/s).
export async function generateStaticParams(): Promise<{ calendar: string; id: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { calendar, id } = await params;
  return { title: (await loadEvent(calendar, id)).event.title };
}

// GET /events/<cal>/<pk>/ — EventDetail (404 for an event of another calendar).
export default async function EventPage({ params }: Props) {
  const { calendar, id } = await params;
  const [{ event, previous, next, atVenue, now }, info] = await Promise.all([loadEvent(calendar, id), loadCalendar(calendar)]);
  return (
    <div className="grid gap-8 md:grid-cols-[minmax(0,1fr)_16rem]">
      <EventDetailView event={event} previous={previous} next={next} />
      <div className="space-y-6">
        <EventsSidebar calendar={info} today={now} />
        {event.venue && <MoreAtVenue venue={event.venue} calendarSlug={calendar} events={atVenue} />}
      </div>
    </div>
  );
}
