import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { CompanyEmail } from "@/components/companies/company-email";
import { deleteCompanyAction } from "@/lib/companies/admin/actions";
import { loadAdminCompanies } from "@/lib/companies/admin/loaders";

export const metadata: Metadata = { title: "Companies · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCompaniesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminCompanies(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Companies</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/companies/new/">
          Add a company
        </Link>
      </div>
      <AdminList
        label="Companies"
        basePath="/admin/companies/"
        searchLabel="Search companies by name"
        params={params}
        rows={rows}
        total={total}
        rowId={(c) => c.id}
        columns={[
          {
            key: "name",
            label: "Name",
            sortable: true,
            render: (c) => (
              <Link className="link" href={`/admin/companies/${c.id}/`}>
                {c.name}
              </Link>
            ),
          },
          { key: "contact", label: "Contact", render: (c) => c.contact ?? "" },
          { key: "email", label: "E-mail", render: (c) => <CompanyEmail email={c.email} /> },
          { key: "url", label: "URL", render: (c) => c.url ?? "" },
          { key: "logo", label: "Logo", render: (c) => (c.logoUrl ? "yes" : "no") },
          {
            key: "delete",
            label: "Delete",
            render: (c) => (
              <RowAction
                action={deleteCompanyAction}
                hidden={{ id: c.id }}
                label="Delete"
                confirm={`Delete the company "${c.name}"?`}
                className="btn btn-xs btn-error"
                srLabel={c.name}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
