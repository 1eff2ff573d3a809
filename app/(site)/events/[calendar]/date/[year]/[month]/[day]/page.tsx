import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalendarListing } from "@/components/events/calendar-listing";
import { loadEventsFromDate } from "@/lib/events/loaders";
import { longDate, parseDateSegments, parsePage } from "@/lib/events/utils";

type Props = {
  params: Promise<{ calendar: string; year: string; month: string; day: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export const metadata: Metadata = { title: "Events by date" };

// GET /events/<cal>/date/YYYY/MM/DD/ — EventListByDate: upcoming from that day (for_datetime(date)).
export default async function EventsByDatePage({ params, searchParams }: Props) {
  const { calendar, year, month, day } = await params;
  const date = parseDateSegments(year, month, day);
  const page = parsePage((await searchParams).page);
  if (!date || !page) notFound();
  const data = await loadEventsFromDate(calendar, date, page);
  return (
    <CalendarListing
      data={data}
      title={`Events from ${longDate(date, "UTC", true)}`}
      heading="Upcoming Events"
      page={page}
      basePath={`/events/${calendar}/date/${year}/${month}/${day}/`}
      now={new Date()}
      empty="No events from this date."
    />
  );
}
