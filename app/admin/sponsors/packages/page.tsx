import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deletePackageAction } from "@/lib/sponsors/admin/catalog/actions";
import { PACKAGE_LIST_SPEC } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminPackages } from "@/lib/sponsors/admin/catalog/loaders";
import { revenueSplit } from "@/lib/sponsors/admin/catalog/utils";

export const metadata: Metadata = { title: "Sponsorship packages · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const yesNo = (v: boolean) => (v ? "yes" : "no");
const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** SponsorshipPackageAdmin: newest year first, then order; the revenue split per program. */
export default async function AdminSponsorshipPackagesPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminPackages(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Sponsorship packages</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/sponsors/packages/new/">
          Add a package
        </Link>
      </div>
      <AdminList
        label="Sponsorship packages"
        basePath="/admin/sponsors/packages/"
        searchLabel="Search packages by name"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        filters={[
          { name: "advertise", label: "Advertise", options: YES_NO },
          {
            name: "year",
            label: "Year",
            options: PACKAGE_LIST_SPEC.filters.year.map((y) => ({ value: y, label: y })),
          },
          { name: "aLaCarte", label: "Allow à la carte", options: YES_NO },
        ]}
        columns={[
          {
            key: "name",
            label: "Name",
            sortable: true,
            render: (r) => (
              <Link className="link" href={`/admin/sponsors/packages/${r.id}/`}>
                {r.name}
              </Link>
            ),
          },
          { key: "year", label: "Year", sortable: true, render: (r) => r.year ?? "–" },
          {
            key: "sponsorshipAmount",
            label: "Amount",
            sortable: true,
            render: (r) => `$${r.sponsorshipAmount.toLocaleString("en-US")}`,
          },
          { key: "advertise", label: "Advertise", render: (r) => yesNo(r.advertise) },
          { key: "allowALaCarte", label: "À la carte", render: (r) => yesNo(r.allowALaCarte) },
          {
            key: "split",
            label: "Revenue split",
            render: (r) =>
              revenueSplit(r.benefits)
                .map((s) => `${s.name} ${s.pct}%`)
                .join(" · ") || "–",
          },
          { key: "order", label: "Order", sortable: true, render: (r) => r.order },
          {
            key: "delete",
            label: "Delete",
            render: (r) => (
              <RowAction
                action={deletePackageAction}
                hidden={{ id: r.id }}
                label="Delete"
                confirm={`Delete the package "${r.name}" (${r.year ?? "no year"})?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
