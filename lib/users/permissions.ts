/**
 * Identity checks and the generic permission test. Superusers may do everything; staff may do
 * everything an admin screen offers except where noted; groups grant named permissions
 * (tests/factories/users.ts GROUPS). Each domain keeps its own `can*` beside it
 * (lib/<domain>/permissions.ts) on top of `has`.
 */
import type { Principal } from "./types";

export type Who = Pick<Principal, "isStaff" | "isSuperuser" | "permissions"> | null | undefined;

/** Staff and superusers hold every permission; anyone else needs it granted (directly or by a group). */
export const has = (who: Who, permission: string) =>
  Boolean(who && (who.isSuperuser || who.isStaff || who.permissions.includes(permission)));

/**
 * The admin's door: staff, superusers, or anyone granted a permission (every permission this
 * site grants is an admin one, so a job-board moderator gets in and sees only the jobs screens).
 */
export const canAccessAdmin = (who: Who) =>
  Boolean(who && (who.isSuperuser || who.isStaff || who.permissions.length > 0));
/** Users, roles and the audit log: staff and superusers only, never a group permission. */
export const canManageUsers = (who: Who) => Boolean(who && (who.isSuperuser || who.isStaff));
/** The mail outbox shows other people's mail: staff only. */
export const canReadOutbox = canManageUsers;

/** Staff or superuser: who sees unpublished releases and pages through the APIs. */
export const isStaffOrSuperuser = (who: Who) => Boolean(who && (who.isSuperuser || who.isStaff));

/** AC-SESS-4: the admin wants a sign-in from the last 12 hours, however long the session lives. */
export const ADMIN_REAUTH_SECONDS = 12 * 3600;

export const hasFreshSignIn = (principal: Pick<Principal, "authAt">, now = Date.now()) =>
  now / 1000 - (principal.authAt ?? 0) <= ADMIN_REAUTH_SECONDS;
