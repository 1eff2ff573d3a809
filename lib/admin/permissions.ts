/**
 * The admin's action gate for defineAction (lib/actions): the section's permission plus a
 * sign-in from the last 12 hours (AC-SESS-4), whatever the page showed. A refusal is audited
 * by the wrapper with the action's name as the screen.
 */
import type { PermissionGate } from "@/lib/actions";
import type { Principal } from "@/lib/users/types";

export const adminGate = (allow: (p: Principal) => boolean): PermissionGate => ({
  allow,
  recentSignIn: true,
});

/** Superusers only (sign everyone out, superuser flags): Django's `is_superuser` checks. */
export const isSuperuser = (p: Principal) => p.isSuperuser;
