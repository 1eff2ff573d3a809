import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { deletePageAction, setPagePublishedAction } from "@/lib/pages/admin/actions";
import { loadAdminPages } from "@/lib/pages/admin/loaders";
import { layoutOf, pageUrl } from "@/lib/pages/utils";

export const metadata: Metadata = { title: "Pages · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LAYOUT_LABEL = {
  default: "Default",
  psf: "PSF",
  "psf-full-width": "PSF, full width",
  raw: "Raw",
} as const;

export default async function AdminPagesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminPages(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Pages</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/pages/new/">
          Add a page
        </Link>
      </div>
      <AdminList
        label="Pages"
        basePath="/admin/pages/"
        searchLabel="Search pages by title or path"
        params={params}
        rows={rows}
        total={total}
        rowId={(p) => p.id}
        filters={[
          {
            name: "published",
            label: "Published",
            options: [
              { value: "yes", label: "Published" },
              { value: "no", label: "Drafts" },
            ],
          },
          {
            name: "template",
            label: "Layout",
            options: Object.entries(LAYOUT_LABEL).map(([value, label]) => ({ value, label })),
          },
        ]}
        columns={[
          {
            key: "title",
            label: "Title",
            sortable: true,
            render: (p) => (
              <Link className="link" href={`/admin/pages/${p.id}/`}>
                {p.title}
              </Link>
            ),
          },
          {
            key: "path",
            label: "Path",
            sortable: true,
            render: (p) =>
              p.isPublished ? (
                <a className="link font-mono text-sm" href={pageUrl(p.path)}>
                  {pageUrl(p.path)}
                </a>
              ) : (
                <span className="font-mono text-sm">{pageUrl(p.path)}</span>
              ),
          },
          { key: "layout", label: "Layout", render: (p) => LAYOUT_LABEL[layoutOf(p.templateName)] },
          { key: "isPublished", label: "Published", render: (p) => (p.isPublished ? "yes" : "draft") },
          { key: "updated", label: "Updated", sortable: true, render: (p) => <DateTime value={p.updated} /> },
          {
            key: "actions",
            label: "Actions",
            render: (p) => (
              <div className="flex gap-1">
                <RowAction
                  action={setPagePublishedAction}
                  hidden={{ id: p.id, publish: p.isPublished ? "no" : "yes" }}
                  label={p.isPublished ? "Unpublish" : "Publish"}
                  srLabel={p.title}
                />
                <RowAction
                  action={deletePageAction}
                  hidden={{ id: p.id }}
                  label="Delete"
                  confirm={`Delete the page "${p.title}" (${pageUrl(p.path)})?`}
                  className="btn btn-xs btn-error"
                />
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
