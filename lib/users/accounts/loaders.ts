import "server-only";
import { redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";

/** Pages for the signed-in user only; visitors are sent to sign in and brought back. */
export async function loadSignedInUser(returnTo: string) {
  const principal = await getSessionPrincipal();
  if (!principal) redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}`);
  return { username: principal.username };
}

/** The OAuth providers this site has credentials for (buttons on the sign-in page). */
export { listOAuthProviders as loadOAuthProviders } from "@/lib/users/oauth/utils";
