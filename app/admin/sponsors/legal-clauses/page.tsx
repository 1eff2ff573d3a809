import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteClauseAction } from "@/lib/sponsors/admin/catalog/actions";
import { loadAdminClauses } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Legal clauses · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** LegalClauseModelAdmin: ordered by `order` (the contract lists clauses in this order). */
export default async function AdminLegalClausesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminClauses(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Legal clauses</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/sponsors/legal-clauses/new/">
          Add a legal clause
        </Link>
      </div>
      <AdminList
        label="Legal clauses"
        basePath="/admin/sponsors/legal-clauses/"
        searchLabel="Search clauses by internal name"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        columns={[
          {
            key: "internalName",
            label: "Internal name",
            sortable: true,
            render: (r) => (
              <Link className="link" href={`/admin/sponsors/legal-clauses/${r.id}/`}>
                {r.internalName}
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
                action={deleteClauseAction}
                hidden={{ id: r.id }}
                label="Delete"
                confirm={`Delete the legal clause "${r.internalName}"?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
