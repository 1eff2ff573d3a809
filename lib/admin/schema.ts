import { z } from "zod";
import { text } from "@/lib/platform/forms";

/**
 * A moderation decision on one pending item (the jobs review queue, submitted events): approve,
 * or reject with a comment the submitter will read (apps/jobs/admin.py's review actions).
 */
export const moderationSchema = z
  .object({
    id: z.coerce
      .number()
      .int()
      .positive()
      .max(2 ** 31 - 1),
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject." }),
    comment: text().pipe(z.string().max(2000, "Use at most 2000 characters.")),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && !v.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say why, for the submitter." });
  });
export type ModerationDecision = z.output<typeof moderationSchema>;
