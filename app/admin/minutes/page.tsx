import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { deleteMinutesAction } from "@/lib/minutes/admin/actions";
import { loadAdminMinutesList } from "@/lib/minutes/admin/loaders";
import { formatMinutesDate } from "@/lib/minutes/utils";

export const metadata: Metadata = { title: "Board minutes · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminMinutesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminMinutesList(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Board minutes</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/minutes/new/">
          Add minutes
        </Link>
      </div>
      <AdminList
        label="Board minutes"
        basePath="/admin/minutes/"
        searchLabel="Search minutes by text"
        params={params}
        rows={rows}
        total={total}
        rowId={(m) => m.id}
        filters={[
          {
            name: "published",
            label: "Published",
            options: [
              { value: "yes", label: "Published" },
              { value: "no", label: "Drafts" },
            ],
          },
        ]}
        columns={[
          {
            key: "date",
            label: "Meeting date",
            sortable: true,
            render: (m) => (
              <Link className="link" href={`/admin/minutes/${m.id}/`}>
                {formatMinutesDate(m.date)}
              </Link>
            ),
          },
          { key: "isPublished", label: "Published", render: (m) => (m.isPublished ? "yes" : "draft") },
          { key: "updated", label: "Updated", sortable: true, render: (m) => <DateTime value={m.updated} /> },
          {
            key: "preview",
            label: "Preview",
            render: (m) => (
              <Link className="link" href={`/admin/minutes/${m.id}/preview/`}>
                Preview<span className="sr-only"> the minutes of {formatMinutesDate(m.date)}</span>
              </Link>
            ),
          },
          {
            key: "delete",
            label: "Delete",
            render: (m) => (
              <RowAction
                action={deleteMinutesAction}
                hidden={{ id: m.id }}
                label="Delete"
                srLabel={`the minutes of ${formatMinutesDate(m.date)}`}
                confirm={`Delete the minutes of ${formatMinutesDate(m.date)}?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
