"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { moderateJob } from "@/lib/jobs/mutations";
import { canModerateJobs } from "@/lib/jobs/permissions";
import { moderateJobSchema } from "@/lib/jobs/schema";

/**
 * JobReview / JobModerateList POST: approve, reject, remove or archive one job (the queues and
 * the admin list share it). The status rules and mails are the mutation's.
 */
export const moderateJobAction = asFormAction(
  defineAction({
    name: "jobs.moderate",
    gate: adminGate(canModerateJobs),
    prepare: (raw) => ({ jobId: raw.jobId, action: raw.op ?? raw.action }),
    schema: moderateJobSchema,
    handler: ({ input, principal }) => moderateJob(input.jobId, input.action, principal),
    audit: ({ input }, moved) => ({ action: `job.${moved.to}`, targetType: "job", targetId: input.jobId }),
    revalidate: ({ input }) => ["/jobs/review/", "/jobs/moderate/", "/admin/jobs/", `/jobs/${input.jobId}/`],
    done: (moved): FormState => ({ done: `The job is now ${moved.to}.` }),
  }),
);
