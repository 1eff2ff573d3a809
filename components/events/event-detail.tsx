import Link from "next/link";
import { Markup } from "@/components/ui/markup";
import type { EventSummary } from "@/lib/events/types";
import { dateLine, dateLineText, eventPath, recurrenceText } from "@/lib/events/utils";
import { LocalTime } from "./local-time";

type Detail = {
  id: number;
  title: string;
  zone: string;
  descriptionHtml: string;
  calendar: { slug: string; name: string };
  venue: { id: number; name: string; address: string | null; url: string | null } | null;
  categories: { name: string; slug: string }[];
  time: { start: Date; end: Date; allDay: boolean } | null;
  isPast: boolean;
  recurrence: { frequency: number; interval: number; finish: Date }[];
};
type Neighbour = { id: number; title: string; venue: string | null } | null;

/** apps/events event_detail.html: title, venue, date line, description, previous / next. */
export function EventDetailView({ event, previous, next }: { event: Detail; previous: Neighbour; next: Neighbour }) {
  const line = event.time ? dateLine(event.time, event.zone) : null;
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-bold">{event.title}</h1>
      {event.venue && (
        <p className="single-event-location">
          {event.venue.url ? (
            <a className="link" href={event.venue.url}>
              {event.venue.name}
            </a>
          ) : (
            event.venue.name
          )}
          {event.venue.address ? `, ${event.venue.address}` : ""}
        </p>
      )}
      {line && event.time && (
        <p className="text-xl font-semibold" data-testid="event-date">
          <time dateTime={line.startIso}>{dateLineText(line)}</time>
          {!event.time.allDay && <LocalTime iso={event.time.start.toISOString()} eventZone={event.zone} withDate />}
        </p>
      )}
      {event.isPast && <p className="badge badge-neutral">This event has ended.</p>}
      {event.recurrence.length > 0 && (
        <p className="text-sm">
          {event.recurrence.map((r) => `${recurrenceText(r)} until ${r.finish.toISOString().slice(0, 10)}`).join("; ")}
          {!event.time?.allDay && ` (times in ${event.zone})`}
        </p>
      )}
      <p>
        <a className="btn btn-sm btn-outline" href={`${eventPath(event.calendar.slug, event.id)}event.ics`}>
          Add to calendar (.ics)
        </a>
      </p>
      <Markup html={event.descriptionHtml} />
      {event.categories.length > 0 && (
        <p className="text-sm">
          Categories:{" "}
          {event.categories.map((c, i) => (
            <span key={c.slug}>
              {i > 0 && ", "}
              <Link className="link" href={`/events/${event.calendar.slug}/categories/${c.slug}/`}>
                {c.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      <nav aria-label="Previous and next events" className="flex flex-wrap justify-between gap-4 pt-4">
        {previous ? (
          <Link className="btn btn-outline" href={eventPath(event.calendar.slug, previous.id)}>
            ← Previous: {previous.title}
            {previous.venue ? ` in ${previous.venue}` : ""}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link className="btn btn-outline" href={eventPath(event.calendar.slug, next.id)}>
            Next: {next.title}
            {next.venue ? ` in ${next.venue}` : ""} →
          </Link>
        )}
      </nav>
    </article>
  );
}

/** "More events at <venue>" (event_detail.html sidebar). */
export function MoreAtVenue({ venue, calendarSlug, events }: { venue: { id: number; name: string }; calendarSlug: string; events: EventSummary[] }) {
  if (events.length === 0) return null;
  return (
    <nav aria-labelledby="more-at-venue" className="text-sm">
      <h2 id="more-at-venue" className="mb-2 text-lg font-semibold">
        More events at{" "}
        <Link className="link" href={`/events/${calendarSlug}/locations/${venue.id}/`}>
          {venue.name}
        </Link>
      </h2>
      <ul className="space-y-1">
        {events.map((e) => (
          <li key={e.id}>
            <Link className="link" href={eventPath(calendarSlug, e.id)}>
              {e.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
