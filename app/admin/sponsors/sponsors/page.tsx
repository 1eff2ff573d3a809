import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteSponsorAction } from "@/lib/sponsors/admin/sponsor/actions";
import { loadAdminSponsors } from "@/lib/sponsors/admin/sponsor/loaders";

export const metadata: Metadata = { title: "Sponsors · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** SponsorAdmin: search by name. */
export default async function AdminSponsorsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminSponsors(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Sponsors</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/sponsors/sponsors/new/">
          Add a sponsor
        </Link>
      </div>
      <AdminList
        label="Sponsors"
        basePath="/admin/sponsors/sponsors/"
        searchLabel="Search sponsors by name"
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
              <Link className="link" href={`/admin/sponsors/sponsors/${r.id}/`}>
                {r.name}
              </Link>
            ),
          },
          { key: "contacts", label: "Contacts", render: (r) => r._count.contacts },
          { key: "sponsorships", label: "Sponsorships", render: (r) => r._count.sponsorships },
          {
            key: "created",
            label: "Created",
            sortable: true,
            render: (r) => r.created.toISOString().slice(0, 10),
          },
          {
            key: "delete",
            label: "Delete",
            render: (r) => (
              <RowAction
                action={deleteSponsorAction}
                hidden={{ id: r.id }}
                label="Delete"
                confirm={`Delete the sponsor "${r.name}", its contacts and assets? Its sponsorships stay, without a sponsor.`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
