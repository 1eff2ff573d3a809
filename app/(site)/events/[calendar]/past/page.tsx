import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalendarListing } from "@/components/events/calendar-listing";
import { loadCalendar, loadCalendarEvents } from "@/lib/events/loaders";
import { parsePage } from "@/lib/events/utils";

type Props = { params: Promise<{ calendar: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Past events: ${(await loadCalendar((await params).calendar)).name}` };
}

// GET /events/<cal>/past/ — PastEventList: events whose last occurrence has ended, latest first.
export default async function PastEventsPage({ params, searchParams }: Props) {
  const { calendar } = await params;
  const page = parsePage((await searchParams).page);
  if (!page) notFound();
  const data = await loadCalendarEvents(calendar, "past", page);
  return (
    <CalendarListing
      data={data}
      title="Past Events"
      heading="Past Events"
      page={page}
      basePath={`/events/${calendar}/past/`}
      now={new Date()}
      empty="No past events."
    />
  );
}
