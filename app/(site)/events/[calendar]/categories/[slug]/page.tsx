import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalendarListing } from "@/components/events/calendar-listing";
import { loadEventsBy } from "@/lib/events/loaders";
import { parsePage } from "@/lib/events/utils";

type Props = { params: Promise<{ calendar: string; slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { calendar, slug } = await params;
  return { title: `Events in ${(await loadEventsBy(calendar, "category", slug, 1)).name}` };
}

// GET /events/<cal>/categories/<slug>/ — EventListByCategory: upcoming events in the category.
export default async function CategoryEventsPage({ params, searchParams }: Props) {
  const { calendar, slug } = await params;
  const page = parsePage((await searchParams).page);
  if (!page) notFound();
  const data = await loadEventsBy(calendar, "category", slug, page);
  return (
    <CalendarListing
      data={data}
      title={`Events in ${data.name}`}
      heading="Upcoming Events"
      page={page}
      basePath={`/events/${calendar}/categories/${slug}/`}
      now={new Date()}
      empty="No upcoming events in this category."
    />
  );
}
