import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalendarListing } from "@/components/events/calendar-listing";
import { loadEventsBy } from "@/lib/events/loaders";
import { parsePage } from "@/lib/events/utils";

type Props = { params: Promise<{ calendar: string; id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { calendar, id } = await params;
  return { title: `Events at ${(await loadEventsBy(calendar, "location", id, 1)).name}` };
}

// GET /events/<cal>/locations/<pk>/ — EventListByLocation: upcoming events at the venue.
export default async function LocationEventsPage({ params, searchParams }: Props) {
  const { calendar, id } = await params;
  const page = parsePage((await searchParams).page);
  if (!page) notFound();
  const data = await loadEventsBy(calendar, "location", id, page);
  return (
    <CalendarListing
      data={data}
      title={`Events at ${data.name}`}
      heading="Upcoming Events"
      page={page}
      basePath={`/events/${calendar}/locations/${id}/`}
      now={new Date()}
      empty="No upcoming events at this venue."
    />
  );
}
