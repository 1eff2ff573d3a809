import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { deleteBoxAction } from "@/lib/boxes/admin/actions";
import { loadAdminBoxes } from "@/lib/boxes/admin/loaders";
import { isGeneratedBox } from "@/lib/boxes/constants";

export const metadata: Metadata = { title: "Boxes · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminBoxesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminBoxes(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Boxes</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/boxes/new/">
          Add a box
        </Link>
      </div>
      <p className="text-base-content/80 max-w-3xl">
        Boxes are the snippets of text the site&apos;s pages show by label. Generated boxes are written from
        the releases, the news and the success stories, and cannot be edited here.
      </p>
      <AdminList
        label="Boxes"
        basePath="/admin/boxes/"
        searchLabel="Search boxes by label"
        params={params}
        rows={rows}
        total={total}
        rowId={(b) => b.id}
        filters={[
          {
            name: "kind",
            label: "Kind",
            options: [
              { value: "generated", label: "Generated" },
              { value: "edited", label: "Edited by hand" },
            ],
          },
        ]}
        columns={[
          {
            key: "label",
            label: "Label",
            sortable: true,
            render: (b) => (
              <Link className="link font-mono" href={`/admin/boxes/${b.id}/`}>
                {b.label}
              </Link>
            ),
          },
          { key: "kind", label: "Kind", render: (b) => (isGeneratedBox(b.label) ? "generated" : "edited") },
          { key: "markup", label: "Markup", render: (b) => b.contentMarkupType },
          {
            key: "updated",
            label: "Last modified",
            sortable: true,
            render: (b) => (
              <>
                <DateTime value={b.updated} withTime />{" "}
                {b.lastModifiedBy ? `by ${b.lastModifiedBy.username}` : ""}
              </>
            ),
          },
          {
            key: "delete",
            label: "Delete",
            render: (b) => (
              <RowAction
                action={deleteBoxAction}
                hidden={{ id: b.id }}
                label="Delete"
                confirm={`Delete the box "${b.label}"? Pages that show it will show nothing in its place.`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
