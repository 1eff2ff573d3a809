import type { Metadata } from "next";
import Link from "next/link";
import { RowAction } from "@/components/admin/row-action";
import { importCalendarAction } from "@/lib/events/admin/actions";
import { loadAdminCalendars } from "@/lib/events/admin/loaders";

export const metadata: Metadata = { title: "Calendars · Admin", robots: { index: false } };

export default async function AdminCalendarsPage() {
  const calendars = await loadAdminCalendars();
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/events/">
        All events
      </Link>
      <h1 className="text-3xl font-bold">Calendars</h1>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Zone</th>
              <th scope="col">Events</th>
              <th scope="col">iCalendar feed</th>
              <th scope="col">Import</th>
            </tr>
          </thead>
          <tbody>
            {calendars.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link className="link" href={`/events/${c.slug}/`}>
                    {c.name}
                  </Link>
                </td>
                <td>{c.timeZone}</td>
                <td>{c._count.events}</td>
                <td className="max-w-xs truncate">{c.url ?? "none"}</td>
                <td>
                  {c.url ? (
                    <RowAction action={importCalendarAction} hidden={{ id: c.id }} label="Import now" srLabel={`Import ${c.name} now`} className="btn btn-xs" />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
