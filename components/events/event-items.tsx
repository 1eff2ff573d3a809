import Link from "next/link";
import type { EventSummary } from "@/lib/events/types";
import { eventPath } from "@/lib/events/utils";
import { EventTime } from "./event-time";

/** A list of events (list-recent-events): title link, time, venue. */
export function EventItems({ events, thisYear, empty }: { events: EventSummary[]; thisYear: number; empty: string }) {
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <ul className="divide-base-300 divide-y">
      {events.map((e) => (
        <li key={`${e.id}-${e.start.toISOString()}`} className="py-3">
          <h3 className="text-lg font-semibold">
            <Link className="link link-hover" href={eventPath(e.calendarSlug, e.id)}>
              {e.title}
            </Link>
          </h3>
          <p className="text-sm">
            <EventTime event={e} thisYear={thisYear} />
            {e.venue && (
              <span className="block">
                {e.venue.url ? (
                  <a className="link" href={e.venue.url}>
                    {e.venue.name}
                  </a>
                ) : (
                  e.venue.name
                )}
                {e.venue.address ? `, ${e.venue.address}` : ""}
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** One titled block of a listing page ("Upcoming Events", "You just missed..."). */
export function EventSection({
  id,
  title,
  children,
  more,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  more?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="card bg-base-200 mb-6">
      <div className="card-body p-5">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id={id} className="card-title text-xl">
            {title}
          </h2>
          {more}
        </div>
        {children}
      </div>
    </section>
  );
}
