"use server";

import { defineAction, type FormState } from "@/lib/actions";
import {
  addReviewComment,
  createJob,
  removeOwnJob,
  renderJobMarkup,
  submitJobForReview,
  updateJob,
} from "./mutations";
import { jobEditSchema, jobFormSchema, jobIdSchema, jobMarkupPreviewSchema, reviewCommentSchema } from "./schema";

const signedOut = "Please login to create a job posting.";
const rateLimit = { name: "job-submit", by: "user", message: "You have posted a lot of jobs this hour. Try again later." } as const;

/** JobCreate: saved as a draft, then the preview (where it is submitted for approval). */
export const createJobAction = defineAction({
  name: "jobs.create",
  gate: "signed-in",
  signedOut,
  rateLimit,
  schema: jobFormSchema,
  handler: ({ input, principal }) => createJob(input, principal.userId),
  audit: (_c, row) => ({ action: "job.created", targetType: "job", targetId: row.id }),
  done: (row): FormState => ({ done: "Saved as a draft.", redirectTo: `/jobs/${row.id}/preview/` }),
});

/** JobEdit: back to `next` when it is one of our own job pages, else to the preview. */
export const updateJobAction = defineAction({
  name: "jobs.edit",
  gate: "signed-in",
  schema: jobEditSchema,
  handler: ({ input, principal }) => updateJob(input.jobId, input, principal),
  audit: (_c, row) => ({ action: "job.updated", targetType: "job", targetId: row.id }),
  done: (row, { input }): FormState => ({
    done: "Saved.",
    redirectTo: input.next && /^\/jobs\/[\w/-]*$/.test(input.next) ? input.next : `/jobs/${row.id}/preview/`,
  }),
});

/** JobPreview POST action=review: submitted for approval (the admins are mailed), then thanks. */
export const submitJobAction = defineAction({
  name: "jobs.submit",
  gate: "signed-in",
  rateLimit,
  schema: jobIdSchema,
  handler: ({ input, principal }) => submitJobForReview(input.jobId, principal),
  audit: (_c, r) => (r.changed ? { action: "job.submitted", targetType: "job", targetId: r.id } : null),
  done: (): FormState => ({ done: "Submitted for approval.", redirectTo: "/jobs/thanks/" }),
});

/** JobRemove: the owner withdraws a job; someone else's is left as it is. */
export const removeJobAction = defineAction({
  name: "jobs.remove",
  gate: "signed-in",
  schema: jobIdSchema,
  handler: ({ input, principal }) => removeOwnJob(input.jobId, principal),
  audit: (c, removed) => (removed ? { action: "job.removed", targetType: "job", targetId: c.input.jobId } : null),
  done: (removed): FormState => ({
    done: removed ? "Your job posting has been removed." : "That job posting is not yours to remove.",
    redirectTo: "/jobs/mine/",
  }),
});

/** JobReviewCommentCreate: the owner or an admin comments; an admin may decide in the same step. */
export const commentJobAction = defineAction({
  name: "jobs.comment",
  gate: "signed-in",
  schema: reviewCommentSchema,
  handler: ({ input, principal }) => addReviewComment(input, principal),
  revalidate: ({ input }) => [`/jobs/${input.jobId}/`],
  audit: ({ input }, r) =>
    r.status
      ? { action: `job.${r.status}`, targetType: "job", targetId: input.jobId }
      : r.commentId
        ? { action: "job.commented", targetType: "job", targetId: input.jobId }
        : null,
  done: (r): FormState => ({
    done: r.status ? `Comment saved; the job is now ${r.status}.` : r.commentId ? "Comment saved." : "Nothing to save.",
  }),
});

/** A markup field's live preview (components/admin/markup-preview): rendered as a save would. */
export const previewJobMarkupAction = defineAction({
  name: "jobs.preview-markup",
  gate: "signed-in",
  prepare: (raw) => {
    const typeKey = Object.keys(raw).find((k) => k.endsWith("MarkupType")) ?? "";
    return { source: raw[typeKey.replace(/MarkupType$/, "")] ?? "", type: raw[typeKey] };
  },
  schema: jobMarkupPreviewSchema,
  handler: async ({ input }) => renderJobMarkup(input.source, input.type),
  done: (html): FormState => ({ data: { html } }),
});
