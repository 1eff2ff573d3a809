"use server";

import { PASSWORD_CHECK_THROTTLED, passwordChecksExhausted } from "./passwords/mutations";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { revalidatePath } from "next/cache";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { fieldErrorsFromZod } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import { createApiKey, deleteAccount, revokeApiKey, updateProfile } from "./mutations";
import {
  createApiKeySchema,
  profileSchema,
  revokeApiKeySchema,
  type ApiKeyFormState,
  type ProfileFormState,
} from "./schema";

/** Creates a key for the signed-in user and returns it once, in clear. */
export async function createApiKeyAction(_prev: ApiKeyFormState, form: FormData): Promise<ApiKeyFormState> {
  const principal = await getSessionPrincipal();
  if (!principal) return { error: "Your session has ended. Sign in again." };
  const parsed = createApiKeySchema.safeParse({ name: form.get("name"), kind: form.get("kind") });
  if (!parsed.success)
    return {
      error: "Check the fields below.",
      fields: fieldErrorsFromZod(parsed.error),
      name: String(form.get("name") ?? ""),
      kind: String(form.get("kind") ?? ""),
    };
  const key = await createApiKey(principal.userId, parsed.data.kind, parsed.data.name);
  await recordAudit({
    ...(await requestOrigin()),
    action: "apikey.created",
    actorId: principal.userId,
    detail: { kind: parsed.data.kind },
  });
  revalidatePath("/users/api-keys/");
  return { key, kind: parsed.data.kind, name: "" };
}

export async function revokeApiKeyAction(form: FormData): Promise<void> {
  const principal = await getSessionPrincipal();
  const parsed = revokeApiKeySchema.safeParse({ id: form.get("id") });
  if (!principal || !parsed.success) return;
  // Scoped to the owner: another user's key id does nothing (AC-AUTHZ-1).
  if (await revokeApiKey(principal.userId, parsed.data.id))
    await recordAudit({
      ...(await requestOrigin()),
      action: "apikey.revoked",
      actorId: principal.userId,
      targetType: "apikey",
      targetId: parsed.data.id,
    });
  revalidatePath("/users/api-keys/");
}

export async function updateProfileAction(
  _prev: ProfileFormState,
  form: FormData,
): Promise<ProfileFormState> {
  const principal = await getSessionPrincipal();
  if (!principal) return { error: "Your session has ended. Sign in again." };
  const values = {
    firstName: String(form.get("firstName") ?? ""),
    lastName: String(form.get("lastName") ?? ""),
    searchVisibility: String(form.get("searchVisibility") ?? ""),
    emailPrivacy: String(form.get("emailPrivacy") ?? ""),
    publicProfile: form.get("publicProfile") === "on" ? "on" : "",
  };
  // Honeypot (apps/users/forms.py: the profile form has one too).
  if (String(form.get("website") ?? "") !== "") return { done: true, values };
  const parsed = profileSchema.safeParse({ ...values, publicProfile: values.publicProfile === "on" });
  if (!parsed.success)
    return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error), values };
  const username = await updateProfile(principal.userId, parsed.data, await requestOrigin());
  revalidatePath(`/users/${username}/`);
  return { done: true, values };
}

/** Deletes the signed-in account after confirmation, then signs the browser out (the user is gone). */
export async function deleteAccountAction(
  _prev: ProfileFormState,
  form: FormData,
): Promise<ProfileFormState> {
  const principal = await getSessionPrincipal();
  if (!principal) return { error: "Your session has ended. Sign in again." };
  if (await passwordChecksExhausted(principal.userId)) return { error: PASSWORD_CHECK_THROTTLED };
  const outcome = await deleteAccount(
    principal.userId,
    String(form.get("confirmation") ?? ""),
    await requestOrigin(),
  );
  if (outcome === "not_confirmed")
    return {
      error: "Check the field below.",
      fields: { confirmation: ["That does not confirm it: try again."] },
    };
  return { done: true };
}
