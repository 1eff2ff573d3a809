"use server";

import { requestOrigin } from "@/lib/platform/http/request-origin";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldErrorsFromZod } from "@/lib/platform/errors";
import { requestPasswordResetFor, resendVerification } from "@/lib/users/accounts/mutations";
import { recordAudit } from "@/lib/platform/audit";
import { adminActorOrDeny } from "./authorize";
import { setUserActive, setUserRoles, signOutEverywhere, signOutEveryone } from "@/lib/users/mutations";
import { isSuperuserAccount } from "@/lib/users/data";
import { canManageUsers } from "@/lib/users/permissions";
import { userRolesSchema } from "@/lib/users/schema";
import type { Principal } from "@/lib/users/types";

const OPS = ["deactivate", "activate", "sign-out-everywhere", "resend-verification", "send-reset"] as const;
const userActionSchema = z.object({ userId: z.coerce.number().int().positive(), op: z.enum(OPS) });
const bulkSchema = z.object({
  ids: z.array(z.coerce.number().int().positive()).min(1).max(100),
  op: z.enum(["deactivate", "activate", "sign-out-everywhere"]),
});

export type AdminFormState = { done?: string; error?: string; fields?: Record<string, string[]> };

/** Every users-screen action authorizes here, on the server, whatever the page showed. */
const staffOrDeny = (screen: string) => adminActorOrDeny(canManageUsers, screen);

async function runUserOp(op: (typeof OPS)[number], userId: number, actor: Principal) {
  // Nobody locks themselves out from this screen.
  if (userId === actor.userId && (op === "deactivate" || op === "sign-out-everywhere")) return;
  // Only a superuser acts on a superuser's account (a reset link or a disable is a takeover path).
  if (!actor.isSuperuser && (await isSuperuserAccount(userId))) {
    await recordAudit({
      ...(await requestOrigin()),
      action: "authz.denied",
      actorId: actor.userId,
      targetType: "user",
      targetId: userId,
      detail: { screen: "admin.users.superuser", op },
    });
    return;
  }
  if (op === "sign-out-everywhere") await signOutEverywhere(userId, actor.userId, await requestOrigin());
  else if (op === "resend-verification")
    await resendVerification(userId, actor.userId, await requestOrigin());
  else if (op === "send-reset") await requestPasswordResetFor(userId, actor.userId, await requestOrigin());
  else await setUserActive(userId, op === "activate", actor.userId, await requestOrigin());
}

export async function userAdminAction(form: FormData): Promise<void> {
  const principal = await staffOrDeny("admin.users");
  const parsed = userActionSchema.safeParse({ userId: form.get("userId"), op: form.get("op") });
  if (!principal || !parsed.success) return;
  await runUserOp(parsed.data.op, parsed.data.userId, principal);
  revalidatePath(`/admin/users/${parsed.data.userId}/`);
}

export async function usersBulkAction(form: FormData): Promise<void> {
  const principal = await staffOrDeny("admin.users.bulk");
  const parsed = bulkSchema.safeParse({ ids: form.getAll("ids"), op: form.get("op") });
  if (!principal || !parsed.success) return;
  for (const id of parsed.data.ids) await runUserOp(parsed.data.op, id, principal);
  revalidatePath("/admin/users/");
}

/** Staff flag and groups by staff; the superuser flag only by a superuser; never one's own roles. */
export async function userRolesAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const principal = await staffOrDeny("admin.users.roles");
  if (!principal) return { error: "You may not change roles." };
  const parsed = userRolesSchema.safeParse({
    userId: form.get("userId"),
    isStaff: form.get("isStaff") === "on",
    isSuperuser: form.get("isSuperuser") === "on",
    groupIds: form.getAll("groupIds"),
  });
  if (!parsed.success) return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error) };
  if (parsed.data.userId === principal.userId)
    return { error: "Ask another administrator to change your own roles." };
  const outcome = await setUserRoles(parsed.data, principal, await requestOrigin());
  if (outcome === "superuser_only")
    return {
      error: "Only a superuser can grant superuser status or change a superuser's roles.",
      fields: { isSuperuser: ["Superusers only."] },
    };
  revalidatePath(`/admin/users/${parsed.data.userId}/`);
  return { done: "Roles saved." };
}

/** Ends every session of every user, the caller's included: superusers only. */
export async function signOutEveryoneAction(): Promise<void> {
  const principal = await adminActorOrDeny((p) => p.isSuperuser, "admin.users.everyone");
  if (!principal) return;
  await signOutEveryone(principal.userId, await requestOrigin());
  revalidatePath("/admin/users/");
}
