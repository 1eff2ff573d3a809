import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { recordAudit } from "@/lib/platform/audit";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { canAccessAdmin, hasFreshSignIn } from "@/lib/users/permissions";
import type { Principal } from "@/lib/users/types";
import type { AdminSection } from "./types";

const signIn = (returnTo: string) => redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}`);
/** AC-SESS-4: the password again (not a whole sign-in), then back to the page. */
const reauthenticate = (returnTo: string) =>
  redirect(`/accounts/reauthenticate/?next=${encodeURIComponent(returnTo)}`);

/**
 * Every admin page's gate: visitors go to sign in (coming back to `returnTo`); signed-in people
 * the check refuses get 403 (audited, AC-LOG-1); admins whose sign-in is older than 12 hours
 * confirm their password at /accounts/reauthenticate/ and come back (AC-SESS-4). Pass the screen's AdminSection (or its `allowed`) so the page and
 * the sidebar agree. Redirects or throws forbidden(); returns the principal otherwise.
 */
export async function requireAdmin(
  returnTo: string,
  check: AdminSection | ((p: Principal) => boolean) = canAccessAdmin,
): Promise<Principal> {
  const allowed = typeof check === "function" ? check : check.allowed;
  const principal = await getSessionPrincipal();
  if (!principal) signIn(returnTo);
  if (!allowed(principal!)) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: principal!.userId,
      detail: { page: returnTo },
    });
    forbidden();
  }
  if (!hasFreshSignIn(principal!)) reauthenticate(returnTo);
  return principal!;
}
