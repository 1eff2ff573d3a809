import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { deleteCodeSampleAction } from "@/lib/code-samples/admin/actions";
import { loadAdminCodeSamples } from "@/lib/code-samples/admin/loaders";
import { sampleLabel } from "@/lib/code-samples/utils";

export const metadata: Metadata = { title: "Code samples · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCodeSamplesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminCodeSamples(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Code samples</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/code-samples/new/">
          Add a code sample
        </Link>
      </div>
      <p className="text-base-content/70">
        The home page shows the first five published samples, lowest id first.
      </p>
      <AdminList
        label="Code samples"
        basePath="/admin/code-samples/"
        searchLabel="Search code samples by text or code"
        params={params}
        rows={rows}
        total={total}
        rowId={(s) => s.id}
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
          { key: "id", label: "Id", sortable: true, render: (s) => s.id },
          {
            key: "copy",
            label: "Sample",
            render: (s) => (
              <Link className="link" href={`/admin/code-samples/${s.id}/`}>
                {sampleLabel(s.copy)}
              </Link>
            ),
          },
          { key: "isPublished", label: "Published", render: (s) => (s.isPublished ? "yes" : "no") },
          { key: "updated", label: "Updated", sortable: true, render: (s) => <DateTime value={s.updated} /> },
          {
            key: "delete",
            label: "Delete",
            render: (s) => (
              <RowAction
                action={deleteCodeSampleAction}
                hidden={{ id: s.id }}
                label="Delete"
                srLabel={sampleLabel(s.copy)}
                confirm={`Delete the code sample "${sampleLabel(s.copy)}"?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
