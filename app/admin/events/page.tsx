import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { loadAdminEvents } from "@/lib/events/admin/loaders";

export const metadata: Metadata = { title: "Events · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminEventsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminEvents(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Events</h1>
        <Link className="btn btn-sm" href="/admin/events/moderation/">
          Submissions awaiting review
        </Link>
        <Link className="btn btn-sm" href="/admin/events/calendars/">
          Calendars
        </Link>
      </div>
      <AdminList
        label="Events"
        basePath="/admin/events/"
        searchLabel="Search events by title"
        params={params}
        rows={rows}
        total={total}
        rowId={(e) => e.id}
        filters={[
          {
            name: "status",
            label: "Status",
            options: [
              { value: "published", label: "Published" },
              { value: "pending", label: "Pending" },
              { value: "rejected", label: "Rejected" },
            ],
          },
          {
            name: "featured",
            label: "Featured",
            options: [
              { value: "yes", label: "Featured" },
              { value: "no", label: "Not featured" },
            ],
          },
        ]}
        columns={[
          {
            key: "title",
            label: "Title",
            sortable: true,
            render: (e) => (
              <Link className="link" href={`/admin/events/${e.id}/`}>
                {e.title}
              </Link>
            ),
          },
          {
            key: "site",
            label: "On the site",
            render: (e) =>
              e.status === "published" ? (
                <Link className="link" href={`/events/${e.calendar.slug}/${e.id}/`}>
                  View<span className="sr-only"> {e.title}</span>
                </Link>
              ) : (
                ""
              ),
          },
          { key: "calendar", label: "Calendar", render: (e) => e.calendar.name },
          { key: "status", label: "Status", render: (e) => e.status },
          {
            key: "when",
            label: "Starts",
            render: (e) =>
              (e.occurringRule?.dtStart ?? e.recurringRules[0]?.begin)?.toISOString().slice(0, 16).replace("T", " ") ?? "—",
          },
          { key: "recurring", label: "Recurring", render: (e) => (e.recurringRules.length ? "yes" : "no") },
          { key: "uid", label: "ICS UID", render: (e) => e.uid ?? "" },
        ]}
      />
    </div>
  );
}
