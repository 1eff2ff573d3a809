import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CalendarListing } from "@/components/events/calendar-listing";
import { loadCalendar, loadCalendarEvents } from "@/lib/events/loaders";
import { parsePage } from "@/lib/events/utils";

// `n` is set on .../page/N/, where next.config.mjs rewrites ?page=N (a cached page, no searchParams).
type Props = { params: Promise<{ calendar: string; n?: string }> };

// Rendered on first request, then cached until the events tag changes.
export async function generateStaticParams(): Promise<{ calendar: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Past events: ${(await loadCalendar((await params).calendar)).name}` };
}

// GET /events/<cal>/past/ — PastEventList: events whose last occurrence has ended, latest first.
export default async function PastEventsPage({ params }: Props) {
  const { calendar, n } = await params;
  const page = parsePage(n);
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
