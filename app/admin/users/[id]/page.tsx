import type { Metadata } from "next";
import { UserActions } from "@/components/users/admin/user-actions";
import { UserRolesForm } from "@/components/users/admin/user-roles-form";
import { DateTime } from "@/components/ui/date-time";
import { loadAdminUser } from "@/lib/users/admin/loaders";

export const metadata: Metadata = { title: "User · Admin", robots: { index: false } };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, groups, viewer } = await loadAdminUser((await params).id);
  const self = user.id === viewer.userId;
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
        <dd data-testid="user-roles">
          {[user.isSuperuser && "superuser", user.isStaff && "staff", ...user.groups.map((g) => g.group.name)]
            .filter(Boolean)
            .join(", ") || "none"}
        </dd>
        <dt className="font-semibold">Joined</dt>
        <dd>
          <DateTime value={user.dateJoined} />
        </dd>
      </dl>
      <UserActions user={user} self={self} />
      {self ? (
        <p className="text-sm">Your own roles are changed by another administrator.</p>
      ) : (
        <UserRolesForm
          userId={user.id}
          isStaff={user.isStaff}
          isSuperuser={user.isSuperuser}
          memberOf={user.groups.map((g) => g.group.id)}
          groups={groups}
          canGrantSuperuser={viewer.isSuperuser}
        />
      )}
      <h2 className="text-xl font-semibold">Recent activity</h2>
      <ul className="list-disc pl-6 text-sm">
        {user.auditEntries.map((a) => (
          <li key={a.id}>
            <DateTime value={a.at} withTime /> — {a.action} {a.ip ? `from ${a.ip}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
