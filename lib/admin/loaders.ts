import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { recordAudit } from "@/lib/platform/audit";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { canAccessAdmin, canManageUsers } from "@/lib/users/permissions";
import type { Principal } from "@/lib/users/types";
import {
  getAdminUser,
  getDashboardCounts,
  listAdminUsers,
  listAuditLog,
  listGroups,
  USER_LIST_SPEC,
} from "./data";
import { parseListParams } from "./utils";
import { adminSignInIsFresh } from "./authorize";
import { sectionsFor } from "./sections";

const signInAgain = (returnTo: string, reason?: string) =>
  redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}${reason ? `&error=${reason}` : ""}`);

/**
 * Every admin page: visitors go to sign in; signed-in people without an admin role get 403;
 * admins whose sign-in is older than 12 hours sign in again.
 */
export async function requireAdmin(
  returnTo: string,
  check: (p: Principal) => boolean = canAccessAdmin,
): Promise<Principal> {
  const principal = await getSessionPrincipal();
  if (!principal) signInAgain(returnTo);
  if (!check(principal!)) {
    // AC-LOG-1: a refused admin page is a failed authorization, like a refused action.
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal!.userId,
      detail: { page: returnTo },
    });
    forbidden();
  }
  if (!adminSignInIsFresh(principal!)) signInAgain(returnTo, "ReauthRequired");
  return principal!;
}

/**
 * The shell: null for visitors (each page redirects them to sign in, coming back to that page);
 * 403 for signed-in people without an admin role.
 */
export async function loadAdminShell() {
  const principal = await getSessionPrincipal();
  if (!principal) return null;
  if (!canAccessAdmin(principal)) forbidden();
  // A stale sign-in: each page's requireAdmin sends the person to sign in again.
  if (!adminSignInIsFresh(principal)) return null;
  return { username: principal.username, sections: sectionsFor(principal) };
}

export async function loadDashboard() {
  await requireAdmin("/admin/");
  return getDashboardCounts();
}

export async function loadAdminUsers(raw: Record<string, string | string[] | undefined>) {
  const principal = await requireAdmin("/admin/users/", canManageUsers);
  const params = parseListParams(raw, USER_LIST_SPEC);
  return { params, isSuperuser: principal.isSuperuser, ...(await listAdminUsers(params)) };
}

export async function loadAdminUser(id: string) {
  const principal = await requireAdmin(`/admin/users/${id}/`, canManageUsers);
  const [user, groups] = await Promise.all([
    /^\d+$/.test(id) ? getAdminUser(Number(id)) : null,
    listGroups(),
  ]);
  if (!user) notFound();
  return { user, groups, viewer: { userId: principal.userId, isSuperuser: principal.isSuperuser } };
}

export async function loadAuditLog(params: { page?: string }) {
  await requireAdmin("/admin/audit/", canManageUsers);
  const page = Math.max(1, Math.min(10_000, Number(params.page) || 1));
  return { page, perPage: 50, ...(await listAuditLog({ page, perPage: 50 })) };
}
