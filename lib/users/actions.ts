"use server";

import { z } from "zod";
import { defineAction, asFormAction, type FormState } from "@/lib/actions";
import { PASSWORD_CHECK_THROTTLED, passwordChecksExhausted } from "./passwords/mutations";
import { createApiKey, deleteAccount, revokeApiKey, updateProfile } from "./mutations";
import { createApiKeySchema, profileSchema, revokeApiKeySchema } from "./schema";

/** Creates a key for the signed-in user and returns it once, in clear. */
export const createApiKeyAction = defineAction({
  name: "account.apikey.create",
  gate: "signed-in",
  schema: createApiKeySchema,
  // The answer carries the new key, shown once (it is stored hashed).
  handler: async ({ input, principal }): Promise<FormState> => ({
    done: "Key created.",
    data: { key: await createApiKey(principal.userId, input.kind, input.name), kind: input.kind },
  }),
  audit: ({ input }) => ({ action: "apikey.created", detail: { kind: input.kind } }),
  revalidate: () => ["/users/api-keys/"],
});

export const revokeApiKeyAction = asFormAction(
  defineAction({
    name: "account.apikey.revoke",
    gate: "signed-in",
    schema: revokeApiKeySchema,
    // Scoped to the owner: another user's key id does nothing (AC-AUTHZ-1).
    handler: ({ input, principal }) => revokeApiKey(principal.userId, input.id),
    audit: ({ input }, revoked) =>
      revoked ? { action: "apikey.revoked", targetType: "apikey", targetId: input.id } : null,
    revalidate: () => ["/users/api-keys/"],
  }),
);

const PROFILE_SAVED = "Your profile is saved.";

export const updateProfileAction = defineAction({
  name: "account.profile",
  gate: "signed-in",
  // apps/users/forms.py: the profile form has a honeypot too.
  honeypot: true,
  schema: profileSchema,
  // updateProfile audits profile.updated and purges the public page from the CDN.
  handler: ({ input, principal, origin }) => updateProfile(principal.userId, input, origin),
  revalidate: (_ctx, { username, previous }) => [...new Set([`/users/${previous}/`, `/users/${username}/`])],
  done: ({ username }, { values }): FormState => ({ done: PROFILE_SAVED, values, data: { username } }),
});

/** Deletes the signed-in account after confirmation, then signs the browser out (the user is gone). */
export const deleteAccountAction = defineAction({
  name: "account.delete",
  gate: "signed-in",
  schema: z.object({ confirmation: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string()) }),
  // The confirmation is the current password: it never comes back.
  omitValues: () => true,
  handler: async ({ input, principal, origin }): Promise<FormState> => {
    if (await passwordChecksExhausted(principal.userId)) return { error: PASSWORD_CHECK_THROTTLED };
    if ((await deleteAccount(principal.userId, input.confirmation, origin)) === "not_confirmed")
      return {
        error: "Check the field below.",
        fields: { confirmation: ["That does not confirm it: try again."] },
      };
    return { done: "Your account is deleted." };
  },
});
