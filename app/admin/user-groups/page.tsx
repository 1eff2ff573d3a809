import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteUserGroupAction } from "@/lib/users/user-groups/admin/actions";
import { loadAdminUserGroups } from "@/lib/users/user-groups/admin/loaders";

export const metadata: Metadata = { title: "Python user groups · Admin", robots: { index: false } };

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

// apps/users UserGroup in the admin: list with the approved and trusted filters.
export default async function AdminUserGroupsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminUserGroups(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Python user groups</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/user-groups/new/">
          Add a user group
        </Link>
      </div>
      <AdminList
        label="Python user groups"
        basePath="/admin/user-groups/"
        searchLabel="Search user groups by name or location"
        params={params}
        rows={rows}
        total={total}
        rowId={(g) => g.id}
        filters={[
          flag("approved", "Approved", "Approved", "Not approved"),
          flag("trusted", "Trusted", "Trusted", "Not trusted"),
        ]}
        columns={[
          {
            key: "name",
            label: "Name",
            sortable: true,
            render: (g) => (
              <Link className="link" href={`/admin/user-groups/${g.id}/`}>
                {g.name}
              </Link>
            ),
          },
          { key: "location", label: "Location", sortable: true, render: (g) => g.location },
          { key: "urlType", label: "URL type", render: (g) => g.urlType },
          { key: "approved", label: "Approved", render: (g) => yesNo(g.approved) },
          { key: "trusted", label: "Trusted", render: (g) => yesNo(g.trusted) },
          {
            key: "delete",
            label: "Delete",
            render: (g) => (
              <RowAction
                action={deleteUserGroupAction}
                hidden={{ id: g.id }}
                label="Delete"
                confirm={`Delete the user group "${g.name}"?`}
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
