import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { getAccountEmail, getMembershipOf, getMembershipOwner } from "./data";
import { needsVoteAffirmation } from "./utils";

const signIn = (path: string) => redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(path)}`);

async function signedIn(path: string) {
  const principal = await getSessionPrincipal();
  if (!principal) signIn(path);
  return principal!;
}

/** /users/membership/: members are sent to their edit page; the email is prefilled. */
export async function loadMembershipCreate() {
  const principal = await signedIn("/users/membership/");
  if (await getMembershipOf(principal.userId)) redirect("/users/membership/edit/");
  return { email: await getAccountEmail(principal.userId) };
}

/** /users/membership/edit/: 404 without a membership. */
export async function loadMembershipEdit() {
  const principal = await signedIn("/users/membership/edit/");
  const membership = await getMembershipOf(principal.userId);
  if (!membership) notFound();
  return { membership, username: principal.username, needsAffirmation: needsVoteAffirmation(membership) };
}

/** /users/membership/affirm/: only a member can affirm (python.org errors for anyone else). */
export async function loadVoteAffirm() {
  const principal = await signedIn("/users/membership/affirm/");
  const membership = await getMembershipOf(principal.userId);
  if (!membership) notFound();
  return { membership, needsAffirmation: needsVoteAffirmation(membership) };
}

/**
 * /users/membership/delete/<username>/ (MembershipDeleteView): the confirmation page; 404 when
 * that user has no membership, 403 when it is someone else's.
 */
export async function loadMembershipDelete(username: string) {
  const name = decodeURIComponent(username);
  const principal = await signedIn(`/users/membership/delete/${encodeURIComponent(name)}/`);
  const row = await getMembershipOwner(name);
  if (!row?.creatorId) notFound();
  if (row.creatorId !== principal.userId) forbidden();
  return { username: row.creator!.username };
}
