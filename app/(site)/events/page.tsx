import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { EventItems, EventSection } from "@/components/events/event-items";
import { EventsLayout } from "@/components/events/events-layout";
import { EventsSidebar } from "@/components/events/events-sidebar";
import { FeaturedEvent } from "@/components/events/featured-event";
import { loadEventsHome } from "@/lib/events/loaders";
import { parsePage } from "@/lib/events/utils";

export const metadata: Metadata = { title: "Our Events" };

// `n` is set on /events/page/N/, where next.config.mjs rewrites /events/?page=N: this page reads
// no searchParams, so it is a cached page revalidated by the events tag.
type Props = { params: Promise<{ n?: string }> };

// GET /events/ — EventHomepage: happening now, upcoming by next occurrence, just missed, featured.
export default async function EventsHomePage({ params }: Props) {
  const page = parsePage((await params).n);
  if (!page) notFound();
  const data = await loadEventsHome(page);
  const pages = Math.ceil(data.upcoming.total / 20);
  if (page > 1 && page > pages) notFound();
  const now = new Date();
  const year = now.getUTCFullYear();
  return (
    <EventsLayout title="Python Events" sidebar={<EventsSidebar calendars={data.calendars} today={now} />}>
      {data.featured && page === 1 && <FeaturedEvent event={data.featured} />}
      {data.happening.length > 0 && (
        <EventSection id="happening-now" title="Happening Now">
          <EventItems events={data.happening} thisYear={year} empty="" />
        </EventSection>
      )}
      <EventSection id="upcoming-events" title="Upcoming Events">
        <EventItems events={data.upcoming.items} thisYear={year} empty="No upcoming events." />
        <Pagination page={page} pages={pages} href={(p) => (p === 1 ? "/events/" : `/events/?page=${p}`)} />
      </EventSection>
      {data.missed.length > 0 && (
        <EventSection id="just-missed" title="You just missed...">
          <EventItems events={data.missed} thisYear={year} empty="" />
        </EventSection>
      )}
    </EventsLayout>
  );
}
