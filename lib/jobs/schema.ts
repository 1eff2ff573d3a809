/** The job board's forms (apps/jobs/forms.py JobForm, JobReviewCommentForm) as zod schemas. */
import { z } from "zod";
import { checkbox, many, text } from "@/lib/platform/forms";
import { JOB_MARKUP_TYPES, MODERATION_ACTIONS } from "./constants";

const required = (label: string, max = 100) =>
  text().pipe(z.string().min(1, `Enter the ${label}.`).max(max, `Use at most ${max} characters.`));
const optional = (max = 100) => text().pipe(z.string().max(max, `Use at most ${max} characters.`));
const markupType = z.enum(JOB_MARKUP_TYPES, "Choose how the text is written.").default("markdown");
const id = (message: string) => z.coerce.number(message).int(message).positive(message);

/** Only web addresses a visitor's browser may safely follow (AC-XSS-1: no javascript: links). */
const webUrl = text().pipe(
  z
    .string()
    .min(1, "Enter the address of the job's web page.")
    .max(200, "Use at most 200 characters.")
    .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v) && URL.canParse(v), {
      message: "Enter a web address starting with https:// or http://.",
    }),
);

/** JobForm: the fields, the required ones and their limits as python.org's. */
export const jobFormSchema = z.object({
  jobTitle: required("job title"),
  companyName: required("company name"),
  categoryId: id("Choose a category."),
  jobTypeIds: many(id("Choose job types from the list.")).pipe(z.array(z.number()).max(20)),
  otherJobType: optional(),
  city: required("city"),
  region: optional(),
  country: required("country"),
  description: text().pipe(z.string().min(1, "Describe the job.").max(50_000, "Use at most 50000 characters.")),
  descriptionMarkupType: markupType,
  requirements: text().pipe(
    z.string().min(1, "List the job's requirements.").max(50_000, "Use at most 50000 characters."),
  ),
  requirementsMarkupType: markupType,
  companyDescription: optional(50_000),
  companyDescriptionMarkupType: markupType,
  contact: optional(),
  email: text().pipe(z.string().min(1, "Enter a contact email address.").max(254).pipe(z.email("Enter a valid email address."))),
  url: webUrl,
  telecommuting: checkbox(),
  agencies: checkbox(),
});
export type JobInput = z.output<typeof jobFormSchema>;

/** JobEdit: the form plus the job and where to go after saving. */
export const jobEditSchema = jobFormSchema.extend({ jobId: id("Unknown job."), next: z.string().max(200).optional() });

/** JobReviewCommentForm plus the optional decision a moderator takes with it. */
export const reviewCommentSchema = z.object({
  jobId: id("Unknown job."),
  comment: text().pipe(z.string().max(20_000, "Use at most 20000 characters.")),
  action: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["approve", "reject"]).optional()),
});
export type ReviewCommentInput = z.output<typeof reviewCommentSchema>;

/** The moderation queues' POST: a job and one of approve / reject / remove / archive. */
export const moderateJobSchema = z.object({
  jobId: id("Unknown job."),
  action: z.enum(MODERATION_ACTIONS, "Unknown action."),
});

export const jobIdSchema = z.object({ jobId: id("Unknown job.") });

/** A markup field's live preview (components/admin/markup-preview). */
export const jobMarkupPreviewSchema = z.object({
  source: z.string().max(50_000),
  type: z.enum(JOB_MARKUP_TYPES),
});

/**
 * POST /jobs/create-review-comment/ as python.org takes it (JobReviewCommentForm's own names):
 * `job`, `comment` (optional: an admin may only decide) and `action`; an action other than
 * approve or reject is ignored, as JobReviewCommentCreate.form_valid does.
 */
export const reviewCommentPostSchema = z
  .object({ job: z.unknown(), comment: z.unknown().optional(), action: z.unknown().optional() })
  .transform(
    ({ job, comment, action }): z.input<typeof reviewCommentSchema> => ({
      jobId: job,
      comment: comment ?? "",
      action: action === "approve" || action === "reject" ? action : undefined,
    }),
  )
  .pipe(reviewCommentSchema);
