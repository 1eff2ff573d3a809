import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { DateTime } from "@/components/ui/date-time";
import type { ListParams } from "@/lib/admin/utils";
import { usersBulkAction } from "@/lib/users/admin/actions";
import type { AdminUserRow } from "@/lib/users/admin/types";

/** The users changelist (apps/users/admin.py UserAdmin): search, filters, sort, bulk operations. */
export function UsersList({
  params,
  rows,
  total,
}: {
  params: ListParams;
  rows: AdminUserRow[];
  total: number;
}) {
  return (
    <AdminList
      label="Users"
      basePath="/admin/users/"
      searchLabel="Search users by username or email"
      params={params}
      rows={rows}
      total={total}
      rowId={(u) => u.id}
      filters={[
        {
          name: "status",
          label: "Status",
          options: [
            { value: "active", label: "Active" },
            { value: "disabled", label: "Disabled" },
          ],
        },
        {
          name: "role",
          label: "Role",
          options: [
            { value: "superuser", label: "Superuser" },
            { value: "staff", label: "Staff" },
            { value: "none", label: "Neither" },
          ],
        },
        {
          name: "email",
          label: "Email",
          options: [
            { value: "confirmed", label: "Confirmed" },
            { value: "unconfirmed", label: "Not confirmed" },
          ],
        },
      ]}
      columns={[
        {
          key: "username",
          label: "Username",
          sortable: true,
          render: (u) => (
            <Link className="link" href={`/admin/users/${u.id}/`}>
              {u.username}
            </Link>
          ),
        },
        { key: "email", label: "Email", render: (u) => u.email },
        {
          key: "roles",
          label: "Roles",
          render: (u) => (u.isSuperuser ? "superuser" : u.isStaff ? "staff" : ""),
        },
        { key: "status", label: "Status", render: (u) => (u.isActive ? "active" : "disabled") },
        {
          key: "joined",
          label: "Joined",
          sortable: true,
          render: (u) => <DateTime value={u.dateJoined} />,
        },
        {
          key: "lastLogin",
          label: "Last sign-in",
          sortable: true,
          render: (u) => (u.lastLogin ? <DateTime value={u.lastLogin} /> : "never"),
        },
      ]}
      bulk={{
        action: usersBulkAction,
        ops: [
          {
            value: "deactivate",
            label: "Disable selected",
            confirm: "Disable the selected accounts and sign them out?",
          },
          { value: "activate", label: "Enable selected" },
          { value: "sign-out-everywhere", label: "Sign selected out everywhere" },
        ],
      }}
    />
  );
}
