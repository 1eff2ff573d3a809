import "server-only";
import { redirect } from "next/navigation";
import { sameOriginPath } from "@/lib/platform/http/safe-redirect";
import { listOAuthProviders } from "@/lib/users/oauth/utils";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { getAccountState } from "./data";

const signIn = (returnTo: string): never =>
  redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}`);

/** Pages for the signed-in user only; visitors are sent to sign in and brought back. */
export async function loadSignedInUser(returnTo: string) {
  const principal = await getSessionPrincipal();
  if (!principal) signIn(returnTo);
  return { username: principal!.username };
}

/**
 * /accounts/password/set/ (allauth PasswordSetView): only for an account without a password
 * (an OAuth-only sign-up); one that has a password changes it instead.
 */
export async function loadPasswordSet() {
  const path = "/accounts/password/set/";
  const principal = await getSessionPrincipal();
  if (!principal) signIn(path);
  const state = await getAccountState(principal!.userId);
  if (!state) signIn(path);
  if (state!.hasPassword) redirect("/accounts/password/change/");
  return { username: principal!.username };
}

/** /accounts/password/change/: an account without a password sets a first one instead. */
export async function loadPasswordChange() {
  const path = "/accounts/password/change/";
  const principal = await getSessionPrincipal();
  if (!principal) signIn(path);
  const state = await getAccountState(principal!.userId);
  if (!state) signIn(path);
  if (!state!.hasPassword) redirect("/accounts/password/set/");
  return { username: principal!.username };
}

/** /accounts/confirm-email/ without a key: the signed-in account's address and whether it is confirmed. */
export async function loadEmailConfirmation() {
  const path = "/accounts/confirm-email/";
  const principal = await getSessionPrincipal();
  if (!principal) signIn(path);
  const state = await getAccountState(principal!.userId);
  if (!state) signIn(path);
  return { username: principal!.username, email: state!.email, verified: state!.verified };
}

/**
 * /accounts/reauthenticate/ (allauth ReauthenticateView): the signed-in person confirms it is
 * them (their password, or their provider when the account has none) and goes back to `next`,
 * a same-origin path. Visitors sign in first, then go straight to `next`.
 */
export async function loadReauthenticate(next: string | undefined) {
  const destination = sameOriginPath(next);
  const principal = await getSessionPrincipal();
  if (!principal) signIn(destination);
  const state = await getAccountState(principal!.userId);
  if (!state) signIn(destination);
  return {
    username: principal!.username,
    hasPassword: state!.hasPassword,
    providers: state!.hasPassword ? [] : listOAuthProviders(),
    next: destination,
  };
}

/** The OAuth providers this site has credentials for (buttons on the sign-in page). */
export { listOAuthProviders as loadOAuthProviders } from "@/lib/users/oauth/utils";
