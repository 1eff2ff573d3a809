import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { ASSET_TYPE_LABELS } from "@/lib/sponsors/admin/sponsor/constants";
import { loadAdminAssets } from "@/lib/sponsors/admin/sponsor/loaders";

export const metadata: Metadata = { title: "Sponsor assets · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GenericAssetModelAdmin: every asset, its value and what it belongs to; no adding here. */
export default async function AdminSponsorAssetsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminAssets(await searchParams);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Sponsor assets</h1>
      <AdminList
        label="Sponsor assets"
        basePath="/admin/sponsors/assets/"
        searchLabel="Search assets by internal name"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        filters={[
          {
            name: "related",
            label: "Related to",
            options: [
              { value: "sponsor", label: "Sponsor" },
              { value: "sponsorship", label: "Sponsorship" },
            ],
          },
          {
            name: "type",
            label: "Asset type",
            options: Object.entries(ASSET_TYPE_LABELS).map(([value, label]) => ({ value, label })),
          },
          {
            name: "value",
            label: "Value",
            options: [
              { value: "with", label: "With value" },
              { value: "without", label: "Without value" },
            ],
          },
        ]}
        columns={[
          { key: "id", label: "ID", render: (r) => r.id },
          { key: "internalName", label: "Internal name", sortable: true, render: (r) => r.internalName },
          {
            key: "value",
            label: "Value",
            render: (r) =>
              r.url ? (
                <a className="link" href={r.url}>
                  {r.image ?? r.file}
                </a>
              ) : (
                (r.text ?? r.response ?? "")
              ),
          },
          { key: "type", label: "Type", render: (r) => ASSET_TYPE_LABELS[r.type] },
          {
            key: "owner",
            label: "Associated with",
            render: (r) =>
              r.sponsor ? (
                <Link className="link" href={`/admin/sponsors/sponsors/${r.sponsor.id}/`}>
                  {r.sponsor.name}
                </Link>
              ) : r.sponsorship ? (
                <Link className="link" href={`/admin/sponsors/${r.sponsorship.id}/`}>
                  {r.sponsorship.sponsor?.name ?? "Sponsorship"} {r.sponsorship.year ?? ""}
                </Link>
              ) : (
                "–"
              ),
          },
        ]}
      />
    </div>
  );
}
