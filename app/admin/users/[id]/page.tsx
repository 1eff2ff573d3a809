import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { userAdminAction } from "@/lib/admin/actions";
import { loadAdminUser } from "@/lib/admin/loaders";

export const metadata: Metadata = { title: "User · Admin", robots: { index: false } };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await loadAdminUser((await params).id);
  const button = (op: string, label: string, style: string) => (
    <form action={userAdminAction}>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="op" value={op} />
      <button className={`btn btn-sm ${style}`}>{label}</button>
    </form>
  );
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{user.username}</h1>
      <dl className="grid max-w-lg grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Email</dt>
        <dd>
          {user.email} {user.emailVerified ? "(confirmed)" : "(not confirmed)"}
        </dd>
        <dt className="font-semibold">Status</dt>
        <dd data-testid="user-status">{user.isActive ? "active" : "disabled"}</dd>
        <dt className="font-semibold">Roles</dt>
        <dd>
          {[user.isSuperuser && "superuser", user.isStaff && "staff", ...user.groups.map((g) => g.group.name)]
            .filter(Boolean)
            .join(", ") || "none"}
        </dd>
        <dt className="font-semibold">Joined</dt>
        <dd>
          <DateTime value={user.dateJoined} />
        </dd>
      </dl>
      <div className="flex gap-2">
        {user.isActive
          ? button("deactivate", "Disable account", "btn-error")
          : button("activate", "Enable account", "btn-success")}
        {button("sign-out-everywhere", "Sign out everywhere", "btn-outline")}
      </div>
      <h2 className="text-xl font-semibold">Recent activity</h2>
      <ul className="list-disc pl-6 text-sm">
        {user.auditEntries.map((a) => (
          <li key={a.id}>
            <DateTime value={a.at} /> — {a.action} {a.ip ? `from ${a.ip}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
