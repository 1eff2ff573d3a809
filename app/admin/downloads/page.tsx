import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { DateTime } from "@/components/ui/date-time";
import { releasesBulkAction } from "@/lib/downloads/admin/actions";
import { loadAdminReleases } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Releases · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export default async function AdminReleasesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminReleases(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Releases</h1>
        <Link className="btn btn-primary btn-sm" href="/admin/downloads/releases/new/">
          New release
        </Link>
        <Link className="link" href="/admin/downloads/os/">
          Operating systems
        </Link>
        <Link className="link" href="/admin/downloads/keys/">
          Release manager keys
        </Link>
        <Link className="link" href="/admin/downloads/stats/">
          Download statistics
        </Link>
      </div>
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
    </div>
  );
}
