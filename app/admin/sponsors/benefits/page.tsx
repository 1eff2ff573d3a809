import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteBenefitAction } from "@/lib/sponsors/admin/catalog/actions";
import { BENEFIT_LIST_SPEC } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminBenefits } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Sponsorship benefits · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const yesNo = (v: boolean) => (v ? "yes" : "no");
const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** SponsorshipBenefitAdmin: newest year first, then program and order; its list filters. */
export default async function AdminSponsorshipBenefitsPage({ searchParams }: Props) {
  const { params, rows, total, programs, packages } = await loadAdminBenefits(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Sponsorship benefits</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/sponsors/benefits/new/">
          Add a benefit
        </Link>
      </div>
      <AdminList
        label="Sponsorship benefits"
        basePath="/admin/sponsors/benefits/"
        searchLabel="Search benefits by name"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        filters={[
          {
            name: "program",
            label: "Program",
            options: programs.map((p) => ({ value: String(p.id), label: p.name })),
          },
          {
            name: "year",
            label: "Year",
            options: BENEFIT_LIST_SPEC.filters.year.map((y) => ({ value: y, label: y })),
          },
          { name: "packageOnly", label: "Package only", options: YES_NO },
          {
            name: "package",
            label: "Package",
            options: packages.map((p) => ({
              value: String(p.id),
              label: `${p.name} (${p.year ?? "no year"})`,
            })),
          },
          { name: "new", label: "New", options: YES_NO },
          { name: "standalone", label: "Standalone", options: YES_NO },
          { name: "unavailable", label: "Unavailable", options: YES_NO },
        ]}
        columns={[
          { key: "program", label: "Program", render: (r) => r.program.name },
          { key: "year", label: "Year", sortable: true, render: (r) => r.year ?? "–" },
          {
            key: "name",
            label: "Name",
            sortable: true,
            render: (r) => (
              <Link className="link" href={`/admin/sponsors/benefits/${r.id}/`}>
                {r.name}
              </Link>
            ),
          },
          { key: "packageOnly", label: "Package only", render: (r) => yesNo(r.packageOnly) },
          {
            key: "internalValue",
            label: "Internal value",
            sortable: true,
            render: (r) => (r.internalValue === null ? "–" : `$${r.internalValue.toLocaleString("en-US")}`),
          },
          { key: "unavailable", label: "Unavailable", render: (r) => yesNo(r.unavailable) },
          {
            key: "delete",
            label: "Delete",
            render: (r) => (
              <RowAction
                action={deleteBenefitAction}
                hidden={{ id: r.id }}
                label="Delete"
                confirm={`Delete the benefit "${r.name}"? Sponsorships keep their copy.`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
