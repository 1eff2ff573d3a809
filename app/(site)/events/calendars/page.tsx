import type { Metadata } from "next";
import Link from "next/link";
import { loadCalendars } from "@/lib/events/loaders";

export const metadata: Metadata = { title: "Event Calendars" };

// GET /events/calendars/ — CalendarList: every calendar.
export default async function CalendarsPage() {
  const calendars = await loadCalendars();
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">Python Event Calendars</h1>
      <ul className="space-y-4">
        {calendars.map((c) => (
          <li key={c.id} className="card bg-base-200">
            <div className="card-body p-5">
              <h2 className="card-title">
                <Link className="link link-hover" href={`/events/${c.slug}/`}>
                  {c.name}
                </Link>
              </h2>
              {c.description && <p>{c.description}</p>}
              <p className="text-sm">Times shown in {c.timeZone} unless an event says otherwise.</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
