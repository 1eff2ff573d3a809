import "server-only";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { recordAudit } from "@/lib/platform/audit";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import type { Principal } from "@/lib/users/types";

/** AC-SESS-4: the admin wants a sign-in from the last 12 hours, however long the session lives. */
export const ADMIN_REAUTH_SECONDS = 12 * 3600;

export const adminSignInIsFresh = (principal: Pick<Principal, "authAt">) =>
  Date.now() / 1000 - (principal.authAt ?? 0) <= ADMIN_REAUTH_SECONDS;

/**
 * Every admin server action authorizes here, whatever the page showed: signed in, allowed by
 * `check`, and signed in within the admin's 12 hours. A refusal is audited (AC-LOG-1).
 */
export async function adminActorOrDeny(
  check: (p: Principal) => boolean,
  screen: string,
): Promise<Principal | null> {
  const principal = await getSessionPrincipal();
  if (principal && check(principal) && adminSignInIsFresh(principal)) return principal;
  await recordAudit({
    ...(await requestOrigin()),
    action: "authz.denied",
    actorId: principal?.userId ?? null,
    detail: { screen, ...(principal && check(principal) ? { reason: "stale-sign-in" } : {}) },
  });
  return null;
}
