import type { Metadata } from "next";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { UsersList } from "@/components/users/admin/users-list";
import { signOutEveryoneAction } from "@/lib/users/admin/actions";
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
      <UsersList params={params} rows={rows} total={total} />
    </div>
  );
}
