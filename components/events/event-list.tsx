import Link from "next/link";
import type { UpcomingEvent } from "@/lib/events/types";
import { DateTime } from "@/components/ui/date-time";

export function EventList({ events }: { events: UpcomingEvent[] }) {
  return (
    <section aria-labelledby="home-events">
      <h2 id="home-events" className="mb-3 text-xl font-semibold">
        Upcoming Events
      </h2>
      {events.length === 0 ? (
        <p>No upcoming events.</p>
      ) : (
        <ul className="space-y-2">
          {events.map((e) => (
            <li key={e.id} className="flex flex-col sm:flex-row sm:gap-3">
              <span className="text-base-content/70 shrink-0 text-sm">
                <DateTime value={e.start} />
              </span>
              <Link href={`/events/${e.calendarSlug}/${e.id}/`} className="link-hover link">
                {e.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href="/events/calendars/" className="link mt-2 inline-block text-sm">
        More events
      </Link>
    </section>
  );
}
