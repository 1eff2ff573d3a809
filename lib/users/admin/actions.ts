"use server";

import { adminGate, isSuperuser } from "@/lib/admin/permissions";
import { asFormAction, defineAction } from "@/lib/actions";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { requestPasswordResetFor, resendVerification } from "@/lib/users/accounts/mutations";
import { isSuperuserAccount } from "@/lib/users/data";
import { setUserActive, setUserRoles, signOutEverywhere, signOutEveryone } from "@/lib/users/mutations";
import { userRolesSchema } from "@/lib/users/schema";
import type { Principal } from "@/lib/users/types";
import { usersSection, type USER_OPS } from "./constants";
import { noInputSchema, userOpSchema, usersBulkSchema } from "./schema";

/** Every users-screen action authorizes here, on the server, whatever the page showed. */
const gate = adminGate(usersSection.allowed);

async function runUserOp(
  op: (typeof USER_OPS)[number],
  userId: number,
  actor: Principal,
  origin: AuditOrigin,
) {
  // Nobody locks themselves out from this screen.
  if (userId === actor.userId && (op === "deactivate" || op === "sign-out-everywhere")) return;
  // Only a superuser acts on a superuser's account (a reset link or a disable is a takeover path).
  if (!actor.isSuperuser && (await isSuperuserAccount(userId))) {
    await recordAudit({
      ...origin,
      action: "authz.denied",
      actorId: actor.userId,
      targetType: "user",
      targetId: userId,
      detail: { screen: "admin.users.superuser", op },
    });
    return;
  }
  // The mutations audit these themselves (user.deactivated, session.revoked_all, ...).
  if (op === "sign-out-everywhere") await signOutEverywhere(userId, actor.userId, origin);
  else if (op === "resend-verification") await resendVerification(userId, actor.userId, origin);
  else if (op === "send-reset") await requestPasswordResetFor(userId, actor.userId, origin);
  else await setUserActive(userId, op === "activate", actor.userId, origin);
}

export const userAdminAction = asFormAction(
  defineAction({
    name: "admin.users",
    gate,
    schema: userOpSchema,
    handler: ({ input, principal, origin }) => runUserOp(input.op, input.userId, principal, origin),
    revalidate: ({ input }) => [`/admin/users/${input.userId}/`],
  }),
);

export const usersBulkAction = asFormAction(
  defineAction({
    name: "admin.users.bulk",
    gate,
    schema: usersBulkSchema,
    handler: async ({ input, principal, origin }) => {
      for (const id of input.ids) await runUserOp(input.op, id, principal, origin);
    },
    revalidate: () => ["/admin/users/"],
  }),
);

/** Staff flag and groups by staff; the superuser flag only by a superuser; never one's own roles. */
export const userRolesAction = defineAction({
  name: "admin.users.roles",
  gate,
  denied: "You may not change roles.",
  schema: userRolesSchema,
  handler: async ({ input, principal, origin }) => {
    if (input.userId === principal.userId)
      return { error: "Ask another administrator to change your own roles." };
    if ((await setUserRoles(input, principal, origin)) === "superuser_only")
      return {
        error: "Only a superuser can grant superuser status or change a superuser's roles.",
        fields: { isSuperuser: ["Superusers only."] },
      };
    return { done: "Roles saved." };
  },
  revalidate: ({ input }) => [`/admin/users/${input.userId}/`],
});

/** Ends every session of every user, the caller's included: superusers only. */
export const signOutEveryoneAction = asFormAction(
  defineAction({
    name: "admin.users.everyone",
    gate: adminGate(isSuperuser),
    schema: noInputSchema,
    handler: async ({ principal, origin }) => {
      await signOutEveryone(principal.userId, origin);
    },
    revalidate: () => ["/admin/users/"],
  }),
);
