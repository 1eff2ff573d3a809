import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteProgramAction } from "@/lib/sponsors/admin/catalog/actions";
import { loadAdminPrograms } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Sponsorship programs · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** SponsorshipProgramAdmin: ordered by `order`. */
export default async function AdminSponsorshipProgramsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminPrograms(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Sponsorship programs</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/sponsors/programs/new/">
          Add a program
        </Link>
      </div>
      <AdminList
        label="Sponsorship programs"
        basePath="/admin/sponsors/programs/"
        searchLabel="Search programs by name"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        columns={[
          {
            key: "name",
            label: "Name",
            sortable: true,
            render: (r) => (
              <Link className="link" href={`/admin/sponsors/programs/${r.id}/`}>
                {r.name}
              </Link>
            ),
          },
          { key: "order", label: "Order", sortable: true, render: (r) => r.order },
          { key: "benefits", label: "Benefits", render: (r) => r._count.benefits },
          {
            key: "delete",
            label: "Delete",
            render: (r) => (
              <RowAction
                action={deleteProgramAction}
                hidden={{ id: r.id }}
                label="Delete"
                confirm={`Delete the program "${r.name}" and its ${r._count.benefits} benefits?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
