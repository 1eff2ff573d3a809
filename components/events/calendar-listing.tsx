import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import type { CalendarInfo, EventPage, EventSummary } from "@/lib/events/types";
import { EventItems, EventSection } from "./event-items";
import { EventsLayout } from "./events-layout";
import { EventsSidebar } from "./events-sidebar";
import { FeaturedEvent } from "./featured-event";

export type CalendarListingData = {
  calendar: CalendarInfo;
  events: EventPage;
  justMissed?: EventSummary[];
  featured?: EventSummary | null;
  categories?: { id: number; name: string; slug: string }[];
  locations?: { id: number; name: string }[];
};

/** A calendar's events (EventList, PastEventList, by category, location or date), 6 a page. */
export function CalendarListing({
  data,
  title,
  heading,
  page,
  basePath,
  now,
  empty,
}: {
  data: CalendarListingData;
  title: string;
  heading: string;
  page: number;
  basePath: string;
  now: Date;
  empty: string;
}) {
  const pages = Math.ceil(data.events.total / 6);
  const thisYear = now.getUTCFullYear();
  return (
    <EventsLayout
      title={title}
      lead={
        <p>
          from the{" "}
          <Link className="link" href={`/events/${data.calendar.slug}/`}>
            {data.calendar.name}
          </Link>
          {data.calendar.description ? ` — ${data.calendar.description}` : ""}
        </p>
      }
      sidebar={
        <EventsSidebar calendar={data.calendar} categories={data.categories} locations={data.locations} today={now} />
      }
    >
      {data.featured && page === 1 && <FeaturedEvent event={data.featured} />}
      <EventSection id="listing" title={heading}>
        <EventItems events={data.events.items} thisYear={thisYear} empty={empty} />
        <Pagination page={page} pages={pages} href={(p) => (p === 1 ? basePath : `${basePath}?page=${p}`)} />
      </EventSection>
      {data.justMissed && data.justMissed.length > 0 && (
        <EventSection id="just-missed" title="You just missed...">
          <EventItems events={data.justMissed} thisYear={thisYear} empty="" />
        </EventSection>
      )}
    </EventsLayout>
  );
}
