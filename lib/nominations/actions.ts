"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions";
import { MESSAGES } from "./constants";
import { acceptNomination, createNomination, updateNomination } from "./mutations";
import { nominationAcceptSchema, nominationCreateSchema, nominationEditSchema } from "./schema";

const detail = (r: { election: string; id: number }) => `/nominations/${r.election}/${r.id}/`;
const rateLimit = { name: "nomination-write", by: "user" } as const;

/** NominationCreate: the per-election rules are the mutation's (they need the election). */
export const createNominationAction = defineAction({
  name: "nominations.create",
  gate: "signed-in",
  signedOut: MESSAGES.signIn,
  rateLimit,
  schema: nominationCreateSchema,
  handler: ({ input: { election, ...fields }, principal }) => createNomination(principal, election, fields),
  audit: (_ctx, r) => ({ action: "nomination.created", targetType: "nomination", targetId: r.id }),
  revalidate: (_ctx, r) => ["/users/nominations/", detail(r)],
  done: (r) => redirect(detail(r)),
});

/** NominationEdit: 403 unless editable. */
export const updateNominationAction = defineAction({
  name: "nominations.edit",
  gate: "signed-in",
  rateLimit,
  schema: nominationEditSchema,
  handler: ({ input: { election, id, ...fields }, principal }) =>
    updateNomination(principal, election, id, fields),
  audit: (_ctx, r) => ({ action: "nomination.updated", targetType: "nomination", targetId: r.id }),
  revalidate: (_ctx, r) => ["/users/nominations/", detail(r)],
  done: (r) => redirect(detail(r)),
});

/** NominationAccept: the nominee, while open; 403 otherwise. */
export const acceptNominationAction = defineAction({
  name: "nominations.accept",
  gate: "signed-in",
  rateLimit,
  schema: nominationAcceptSchema,
  handler: ({ input, principal }) => acceptNomination(principal, input.election, input.id, input.accepted),
  audit: ({ input }, r) => ({
    action: input.accepted ? "nomination.accepted" : "nomination.declined",
    targetType: "nomination",
    targetId: r.id,
  }),
  revalidate: (_ctx, r) => ["/users/nominations/", detail(r)],
  done: (r) => redirect(detail(r)),
});
