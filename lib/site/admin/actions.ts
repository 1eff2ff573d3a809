"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { runsSection } from "@/lib/admin/constants";
import { adminGate } from "@/lib/admin/permissions";
import { runJobNow } from "@/inngest/client";
import { jobs } from "@/inngest/index";

// Scheduled functions only (the runs screen offers no button for the others): an
// event-triggered function needs its event's data, which an empty run would not have.
// The id comes from a hidden field, so a refusal is the whole form's message (path []).
const runNowSchema = z
  .object({ functionId: z.string() })
  .refine(({ functionId }) => jobs.some((j) => j.id === functionId && "cron" in j.trigger), {
    message: "That function cannot be run by hand.",
    path: [],
  });

/**
 * Staff run a scheduled function now, as `npm run job -- <id>` does: recorded in the background
 * runs table like any run (attempts, retries, error), executed in this request, audited.
 */
export const runJobNowAction = defineAction({
  name: "admin.runs.run",
  gate: adminGate(runsSection.allowed),
  denied: "You may not run background functions.",
  schema: runNowSchema,
  handler: ({ input }) => runJobNow(input.functionId),
  audit: ({ input }, run) => ({
    action: "background_run.started",
    targetType: "background_run",
    targetId: run.runId,
    detail: { functionId: input.functionId, status: run.status },
  }),
  revalidate: () => ["/admin/runs/"],
  done: (run, { input }) => ({ done: `${input.functionId}: run ${run.runId} ${run.status}.` }),
});
