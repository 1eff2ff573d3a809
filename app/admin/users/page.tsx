import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { loadAdminUsers } from "@/lib/admin/loaders";

export const metadata: Metadata = { title: "Users · Admin", robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const { q, page, perPage, rows, total } = await loadAdminUsers(await searchParams);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Users</h1>
      <form method="get" role="search" className="join">
        <input
          name="q"
          defaultValue={q}
          aria-label="Search users by username or email"
          className="input join-item"
        />
        <button className="btn join-item">Search</button>
      </form>
      <p role="status" className="text-sm">
        {total} user{total === 1 ? "" : "s"}
      </p>
      <table className="table" aria-label="Users">
        <thead>
          <tr>
            <th>Username</th>
            <th>Email</th>
            <th>Roles</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id}>
              <td>
                <Link className="link" href={`/admin/users/${u.id}/`}>
                  {u.username}
                </Link>
              </td>
              <td>{u.email}</td>
              <td>{u.isSuperuser ? "superuser" : u.isStaff ? "staff" : ""}</td>
              <td>{u.isActive ? "active" : "disabled"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        page={page}
        pages={Math.ceil(total / perPage)}
        href={(p) => `/admin/users/?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`}
      />
    </div>
  );
}
