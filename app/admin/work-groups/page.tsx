import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteWorkGroupAction } from "@/lib/work-groups/admin/actions";
import { loadAdminWorkGroups } from "@/lib/work-groups/admin/loaders";

export const metadata: Metadata = { title: "Work groups · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const yesNo = (v: boolean) => (v ? "yes" : "no");
const flag = (name: string, label: string, on: string, off: string) => ({
  name,
  label,
  options: [
    { value: "yes", label: on },
    { value: "no", label: off },
  ],
});

export default async function AdminWorkGroupsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminWorkGroups(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Work groups</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/work-groups/new/">
          Add a work group
        </Link>
      </div>
      <AdminList
        label="Work groups"
        basePath="/admin/work-groups/"
        searchLabel="Search work groups by name"
        params={params}
        rows={rows}
        total={total}
        rowId={(g) => g.id}
        filters={[
          flag("active", "Active", "Active", "Inactive"),
          flag("approved", "Approved", "Approved", "Not approved"),
        ]}
        columns={[
          {
            key: "name",
            label: "Name",
            sortable: true,
            render: (g) => (
              <Link className="link" href={`/admin/work-groups/${g.id}/`}>
                {g.name}
              </Link>
            ),
          },
          { key: "active", label: "Active", render: (g) => yesNo(g.active) },
          { key: "approved", label: "Approved", render: (g) => yesNo(g.approved) },
          {
            key: "delete",
            label: "Delete",
            render: (g) => (
              <RowAction
                action={deleteWorkGroupAction}
                hidden={{ id: g.id }}
                label="Delete"
                confirm={`Delete the work group "${g.name}"?`}
                className="btn btn-xs btn-error"
                srLabel={g.name}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
