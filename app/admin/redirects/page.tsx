import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteRedirectAction } from "@/lib/pages/admin/actions";
import { loadAdminRedirects } from "@/lib/pages/admin/loaders";

export const metadata: Metadata = { title: "Redirects · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminRedirectsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminRedirects(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Redirects</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/redirects/new/">
          Add a redirect
        </Link>
      </div>
      <p className="text-sm">
        Checked before pages: a redirect answers 301 (or 302) to its new path, and one with no new path
        answers 410 Gone.
      </p>
      <AdminList
        label="Redirects"
        basePath="/admin/redirects/"
        searchLabel="Search redirects by path"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        filters={[
          {
            name: "kind",
            label: "Kind",
            options: [
              { value: "moved", label: "Moved" },
              { value: "gone", label: "Gone (410)" },
            ],
          },
        ]}
        columns={[
          {
            key: "oldPath",
            label: "Old path",
            sortable: true,
            render: (r) => (
              <Link className="link font-mono text-sm" href={`/admin/redirects/${r.id}/`}>
                {r.oldPath}
              </Link>
            ),
          },
          {
            key: "newPath",
            label: "New path",
            sortable: true,
            render: (r) => <span className="font-mono text-sm">{r.newPath || "410 Gone"}</span>,
          },
          {
            key: "permanent",
            label: "Status",
            render: (r) => (r.newPath ? (r.permanent ? "301" : "302") : "410"),
          },
          {
            key: "delete",
            label: "Delete",
            render: (r) => (
              <RowAction
                action={deleteRedirectAction}
                hidden={{ id: r.id }}
                label="Delete"
                confirm={`Delete the redirect from ${r.oldPath}?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
