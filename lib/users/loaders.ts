import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { getOwnSettings, getProfile, listApiKeys } from "./data";

/** The signed-in user's API keys; visitors are sent to sign in first. */
export async function loadMyApiKeys() {
  const principal = await getSessionPrincipal();
  if (!principal) redirect("/accounts/login/?callbackUrl=/users/api-keys/");
  return { username: principal.username, keys: await listApiKeys(principal.userId) };
}

/**
 * /users/<username>/: the owner always sees their profile; others only when the account is
 * active, the profile public and search visibility public (User.searchable()); else 404.
 */
export async function loadProfile(username: string) {
  const [profile, principal] = await Promise.all([
    getProfile(decodeURIComponent(username)),
    getSessionPrincipal(),
  ]);
  if (!profile) notFound();
  const isOwner = principal?.userId === profile.id;
  if (!isOwner && !(profile.isActive && profile.publicProfile && profile.searchVisibility === 1)) notFound();
  return { profile, isOwner };
}

/** /users/edit/ and account deletion: the owner's settings; visitors sign in first. */
export async function loadOwnSettings(returnTo = "/users/edit/") {
  const signIn = `/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}`;
  const principal = await getSessionPrincipal();
  if (!principal) redirect(signIn);
  const row = await getOwnSettings(principal.userId);
  if (!row) redirect(signIn);
  const { password, emailVerified, ...settings } = row;
  return { ...settings, hasPassword: Boolean(password), emailConfirmed: emailVerified !== null };
}
