import Link from "next/link";
import type { CalendarInfo } from "@/lib/events/types";
import { datePath } from "@/lib/events/utils";

type Named = { id: number; name: string; slug?: string };

/**
 * The listing sidebar: other calendars, this calendar's categories and locations (first 10), the
 * date ranges of event_detail.html's selector (next 7/30/90/365 days, as links), and the feeds.
 */
export function EventsSidebar({
  calendar,
  calendars = [],
  categories = [],
  locations = [],
  today,
}: {
  calendar?: CalendarInfo;
  calendars?: CalendarInfo[];
  categories?: Named[];
  locations?: Named[];
  today: Date;
}) {
  const ahead = (days: number) => new Date(today.getTime() + days * 86_400_000);
  return (
    <aside className="space-y-6 text-sm" aria-label="Explore events">
      {calendars.length > 0 && (
        <nav aria-labelledby="side-calendars">
          <h2 id="side-calendars" className="mb-2 text-lg font-semibold">
            Calendars
          </h2>
          <ul className="space-y-1">
            {calendars.map((c) => (
              <li key={c.id}>
                <Link className="link" href={`/events/${c.slug}/`}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {calendar && (
        <>
          <nav aria-labelledby="side-dates">
            <h2 id="side-dates" className="mb-2 text-lg font-semibold">
              Explore events
            </h2>
            <ul className="space-y-1">
              {[
                [7, "From 7 days on"],
                [30, "From 30 days on"],
                [90, "From 90 days on"],
                [365, "From a year on"],
              ].map(([d, label]) => (
                <li key={d}>
                  <Link className="link" href={datePath(calendar.slug, ahead(d as number))}>
                    {label}
                  </Link>
                </li>
              ))}
              <li>
                <Link className="link" href={`/events/${calendar.slug}/past/`}>
                  Past events
                </Link>
              </li>
            </ul>
          </nav>
          <nav aria-labelledby="side-feeds">
            <h2 id="side-feeds" className="mb-2 text-lg font-semibold">
              Subscribe
            </h2>
            <ul className="space-y-1">
              <li>
                <a className="link" href={`/events/${calendar.slug}/events.ics`}>
                  iCalendar feed (events.ics)
                </a>
              </li>
              <li>
                <a className="link" href={`/events/${calendar.slug}/feed.rss`}>
                  RSS feed of upcoming events
                </a>
              </li>
            </ul>
          </nav>
          {categories.length > 0 && (
            <nav aria-labelledby="side-categories">
              <h2 id="side-categories" className="mb-2 text-lg font-semibold">
                <Link className="link link-hover" href={`/events/${calendar.slug}/categories/`}>
                  Categories
                </Link>
              </h2>
              <ul className="space-y-1">
                {categories.map((c) => (
                  <li key={c.id}>
                    <Link className="link" href={`/events/${calendar.slug}/categories/${c.slug}/`}>
                      {c.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {locations.length > 0 && (
            <nav aria-labelledby="side-locations">
              <h2 id="side-locations" className="mb-2 text-lg font-semibold">
                <Link className="link link-hover" href={`/events/${calendar.slug}/locations/`}>
                  Locations
                </Link>
              </h2>
              <ul className="space-y-1">
                {locations.map((l) => (
                  <li key={l.id}>
                    <Link className="link" href={`/events/${calendar.slug}/locations/${l.id}/`}>
                      {l.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </>
      )}
      <p>
        <Link className="btn btn-sm btn-outline" href="/events/submit/">
          Submit an event
        </Link>
      </p>
    </aside>
  );
}
