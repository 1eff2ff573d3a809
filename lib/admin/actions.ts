"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSessionPrincipal } from "@/lib/auth";
import { recordAudit, setUserActive, signOutEverywhere } from "@/lib/users/mutations";
import { canManageUsers } from "@/lib/users/permissions";

const userActionSchema = z.object({
  userId: z.coerce.number().int().positive(),
  op: z.enum(["deactivate", "activate", "sign-out-everywhere"]),
});

/** Users screen actions: authorized here, on the server, whatever the page showed. */
export async function userAdminAction(form: FormData): Promise<void> {
  const principal = await getSessionPrincipal();
  const parsed = userActionSchema.safeParse({ userId: form.get("userId"), op: form.get("op") });
  if (!principal || !canManageUsers(principal) || !parsed.success) {
    await recordAudit({
      action: "authz.denied",
      actorId: principal?.userId ?? null,
      detail: { screen: "admin.users" },
    });
    return;
  }
  const { userId, op } = parsed.data;
  // Nobody locks themselves out from this screen.
  if (userId === principal.userId && op !== "activate") return;
  if (op === "sign-out-everywhere") await signOutEverywhere(userId, principal.userId);
  else await setUserActive(userId, op === "activate", principal.userId);
  revalidatePath(`/admin/users/${userId}/`);
}
