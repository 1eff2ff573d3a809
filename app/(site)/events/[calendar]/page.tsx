import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalendarListing } from "@/components/events/calendar-listing";
import { loadCalendar, loadCalendarEvents } from "@/lib/events/loaders";
import { parsePage } from "@/lib/events/utils";

type Props = { params: Promise<{ calendar: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadCalendar((await params).calendar)).name };
}

// GET /events/<cal>/ — EventList: upcoming events, 6 a page, the two just missed, the featured one.
export default async function CalendarPage({ params, searchParams }: Props) {
  const { calendar } = await params;
  const page = parsePage((await searchParams).page);
  if (!page) notFound();
  const data = await loadCalendarEvents(calendar, "upcoming", page);
  return (
    <CalendarListing
      data={data}
      title={data.calendar.name}
      heading="Upcoming Events"
      page={page}
      basePath={`/events/${calendar}/`}
      now={new Date()}
      empty="No upcoming events."
    />
  );
}
