"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions";
import { affirmVote, createMembership, deleteMembership, updateMembership } from "./mutations";
import { membershipCreateSchema, membershipDeleteSchema, membershipUpdateSchema } from "./schema";

const THANKS = "/users/membership/thanks/";
const signedOut = "Sign in to manage your PSF membership.";

/** MembershipCreate (login, honeypot): then the thanks page. */
export const createMembershipAction = defineAction({
  name: "membership.create",
  gate: "signed-in",
  signedOut,
  honeypot: true,
  rateLimit: { name: "membership-write", by: "user" },
  schema: membershipCreateSchema,
  handler: ({ input, principal }) => createMembership(principal.userId, input),
  audit: (_ctx, row) => ({ action: "membership.created", targetType: "membership", targetId: row.id }),
  revalidate: (_ctx, row) => [`/users/${row.username}/`, "/users/membership/edit/"],
  // A server-side redirect: a client push would lose the race with the refresh of this page,
  // which now sends a member to the edit form.
  done: () => redirect(THANKS),
});

/** MembershipUpdate (login, honeypot): the code of conduct is not asked again. */
export const updateMembershipAction = defineAction({
  name: "membership.update",
  gate: "signed-in",
  signedOut,
  honeypot: true,
  rateLimit: { name: "membership-write", by: "user" },
  schema: membershipUpdateSchema,
  handler: ({ input, principal }) => updateMembership(principal.userId, input),
  audit: (_ctx, row) => ({ action: "membership.updated", targetType: "membership", targetId: row.id }),
  revalidate: ({ principal }) => [`/users/${principal.username}/`, "/users/membership/edit/"],
  done: () => redirect(THANKS),
});

/** MembershipDeleteView: own only (403 otherwise), 404 if none; then the profile. */
export const deleteMembershipAction = defineAction({
  name: "membership.delete",
  gate: "signed-in",
  signedOut,
  schema: membershipDeleteSchema,
  handler: ({ input, principal }) => deleteMembership(principal.userId, input.username),
  audit: ({ input }) => ({ action: "membership.deleted", targetType: "user", targetId: input.username }),
  revalidate: ({ principal }) => [`/users/${principal.username}/`],
  // The edit page would answer 404 on its refresh: leave for the profile from the server.
  done: (_r, { principal }) => redirect(`/users/${encodeURIComponent(principal.username)}/`),
});

/** MembershipVoteAffirm: votes on, affirmed now; then the done page. */
export const affirmVoteAction = defineAction({
  name: "membership.affirm",
  gate: "signed-in",
  signedOut,
  schema: membershipDeleteSchema.partial(),
  handler: ({ principal }) => affirmVote(principal.userId),
  audit: (_ctx, row) => ({ action: "membership.vote_affirmed", targetType: "membership", targetId: row.id }),
  revalidate: ({ principal }) => [`/users/${principal.username}/`, "/users/membership/edit/"],
  done: () => redirect("/users/membership/affirm/done/"),
});
