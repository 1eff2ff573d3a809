import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { DateTime } from "@/components/ui/date-time";
import type { ListParams } from "@/lib/admin/utils";
import { releasesBulkAction } from "@/lib/downloads/admin/actions";
import type { AdminReleaseRow } from "@/lib/downloads/admin/types";

const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** The releases changelist (apps/downloads/admin.py ReleaseAdmin): filters, sort, bulk publish. */
export function ReleasesList({
  params,
  rows,
  total,
}: {
  params: ListParams;
  rows: AdminReleaseRow[];
  total: number;
}) {
  return (
    <AdminList
      label="Releases"
      basePath="/admin/downloads/"
      searchLabel="Search releases by name"
      params={params}
      rows={rows}
      total={total}
      rowId={(r) => r.id}
      filters={[
        {
          name: "version",
          label: "Major version",
          options: ["3", "2", "1", "100"].map((v) => ({
            value: v,
            label: v === "100" ? "Install manager" : `Python ${v}`,
          })),
        },
        { name: "published", label: "Published", options: yesNo },
        { name: "pre", label: "Pre-release", options: yesNo },
      ]}
      columns={[
        {
          key: "name",
          label: "Name",
          sortable: true,
          render: (r) => (
            <Link className="link" href={`/admin/downloads/releases/${r.id}/`}>
              {r.name}
            </Link>
          ),
        },
        {
          key: "release_date",
          label: "Released",
          sortable: true,
          render: (r) => (r.releaseDate ? <DateTime value={r.releaseDate} /> : ""),
        },
        {
          key: "state",
          label: "State",
          render: (r) =>
            [r.isPublished ? "published" : "draft", r.isLatest && "latest", r.preRelease && "pre-release"]
              .filter(Boolean)
              .join(", "),
        },
        { key: "files", label: "Files", render: (r) => r._count.files },
      ]}
      bulk={{
        action: releasesBulkAction,
        ops: [
          { value: "publish", label: "Publish selected" },
          {
            value: "unpublish",
            label: "Unpublish selected",
            confirm: "Take the selected releases off the site?",
          },
        ],
      }}
    />
  );
}
