import "server-only";
import { defineAction, type FormState, type StatefulAction } from "@/lib/actions";
import type { AuditOrigin } from "@/lib/platform/audit";
import type { Principal } from "@/lib/users/types";
import { adminGate } from "./permissions";
import { moderationSchema, type ModerationDecision } from "./schema";

/**
 * The action behind a moderation queue (components/admin/moderation-queue), one per pending
 * model. The domain says who may decide and what a decision does (its mutation audits and
 * notifies); the kit validates the decision (a rejection needs a comment), gates, audits
 * "<targetType>.approved" / ".rejected" and revalidates the queue. Use it in the domain's
 * admin/actions.ts: `export const reviewJobAction = moderationAction({...})`.
 */
export function moderationAction(opts: {
  name: string;
  allowed: (p: Principal) => boolean;
  targetType: string;
  queuePath: string;
  decide: (decision: ModerationDecision, principal: Principal, origin: AuditOrigin) => Promise<void>;
}): StatefulAction {
  return defineAction({
    name: opts.name,
    gate: adminGate(opts.allowed),
    schema: moderationSchema,
    handler: ({ input, principal, origin }) => opts.decide(input, principal, origin),
    audit: ({ input }) => ({
      action: `${opts.targetType}.${input.decision === "approve" ? "approved" : "rejected"}`,
      targetType: opts.targetType,
      targetId: input.id,
    }),
    revalidate: () => [opts.queuePath],
    done: (_r, { input }): FormState => ({ done: input.decision === "approve" ? "Approved." : "Rejected." }),
  });
}
