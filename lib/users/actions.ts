"use server";

import { revalidatePath } from "next/cache";
import { getSessionPrincipal } from "@/lib/auth";
import { fieldErrorsFromZod } from "@/lib/errors";
import { createApiKey, recordAudit, revokeApiKey } from "./mutations";
import { createApiKeySchema, revokeApiKeySchema, type ApiKeyFormState } from "./schema";

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
    };
  const key = await createApiKey(principal.userId, parsed.data.kind, parsed.data.name);
  await recordAudit({
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
      action: "apikey.revoked",
      actorId: principal.userId,
      targetType: "apikey",
      targetId: parsed.data.id,
    });
  revalidatePath("/users/api-keys/");
}
