import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { DateTime } from "@/components/ui/date-time";
import { signOutEveryoneAction, usersBulkAction } from "@/lib/users/admin/actions";
import { loadAdminUsers } from "@/lib/users/admin/loaders";

export const metadata: Metadata = { title: "Users · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const { params, rows, total, isSuperuser } = await loadAdminUsers(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Users</h1>
        {isSuperuser && (
          <form action={signOutEveryoneAction}>
            <ConfirmSubmit
              label="Sign everyone out"
              question="End every session of every user, yours included? Use this after a suspected compromise."
            />
          </form>
        )}
      </div>
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
    </div>
  );
}
