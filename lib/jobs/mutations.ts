/**
 * Job board writes (apps/jobs/models.py, views.py, listeners.py). Every status change goes through
 * `transition`: one conditional UPDATE (the row changes only from a status the step allows, so two
 * moderators or a double click change it once), then the mails of §1.6, the job's search
 * document and the cache (the job's page, the lists and the feed).
 */
import "server-only";
import { emit } from "@/inngest/client";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { renderMarkup, sanitize, type MarkupType } from "@/lib/platform/markup";
import { renderRst } from "@/lib/platform/markup/rst";
import type { Principal } from "@/lib/users/types";
import { JOBS_FEED_PATH, JOBS_PATH, jobsTags, type JobStatusName } from "./constants";
import { approvedMail, commentMail, rejectedMail, submittedMail, type MailJob } from "./mail/utils";
import { canCommentOnJob, canEditJob, canModerateJobs, isJobOwner } from "./permissions";
import type { JobInput, ReviewCommentInput } from "./schema";
import {
  ALLOWED_FROM,
  defaultExpiry,
  jobCountrySlug,
  jobLocationSlug,
  TRANSITION_TARGET,
  transitionError,
  type JobTransition,
} from "./utils";

// A busy pool must not turn a moderator's click into an error: wait longer than Prisma's 2 s.
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

const mailJobSelect = { id: true, jobTitle: true, companyName: true, contact: true, email: true } as const;

/**
 * Rendered on write; a document that fails to render is kept as escaped source with a note, so
 * a broken description never blocks moderation (pythondotorg#2333).
 */
export function renderJobMarkup(source: string, type: MarkupType): string {
  try {
    // reST through docutils directly: renderMarkup would keep a failure as bare text, unnoted.
    return type === "restructuredtext" ? sanitize(renderRst(source)) : renderMarkup(source, type);
  } catch (e) {
    log.warn({ err: e instanceof Error ? e.message : String(e) }, "job markup failed to render");
    const escaped = source.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<p class="job-markup-error">This text could not be rendered; it is shown as written.</p><pre>${escaped}</pre>`;
  }
}

/** After any change: the job's page, the lists and the feed, and its search document. */
export async function afterJobChange(ids: number[]) {
  await revalidateDomain([jobsTags.jobs], {
    mode: "immediate",
    paths: [JOBS_PATH, JOBS_FEED_PATH, ...ids.map((id) => `/jobs/${id}/`)],
  });
  for (const id of ids) await emit("search/document.changed", { type: "job", objectId: String(id) });
}

async function mail(message: ReturnType<typeof submittedMail>) {
  try {
    await sendMail(message);
  } catch (e) {
    // The status change is committed; a mail that cannot even be logged must not undo it.
    log.error({ err: e, subject: message.subject }, "job board mail failed");
  }
}

function columns(input: JobInput) {
  return {
    jobTitle: input.jobTitle,
    companyName: input.companyName,
    categoryId: input.categoryId,
    otherJobType: input.otherJobType,
    city: input.city,
    region: input.region,
    country: input.country,
    locationSlug: jobLocationSlug(input.city, input.region, input.country),
    countrySlug: jobCountrySlug(input.country),
    description: input.description,
    descriptionMarkupType: input.descriptionMarkupType,
    descriptionRendered: renderJobMarkup(input.description, input.descriptionMarkupType),
    requirements: input.requirements,
    requirementsMarkupType: input.requirementsMarkupType,
    requirementsRendered: renderJobMarkup(input.requirements, input.requirementsMarkupType),
    companyDescription: input.companyDescription,
    companyDescriptionMarkupType: input.companyDescriptionMarkupType,
    companyDescriptionRendered: renderJobMarkup(input.companyDescription, input.companyDescriptionMarkupType),
    contact: input.contact || null,
    email: input.email,
    url: input.url,
    telecommuting: input.telecommuting,
    agencies: input.agencies,
  };
}

async function checkChoices(input: JobInput) {
  const [category, types] = await Promise.all([
    db.jobCategory.findFirst({ where: { id: input.categoryId, active: true }, select: { id: true } }),
    db.jobType.count({ where: { id: { in: input.jobTypeIds }, active: true } }),
  ]);
  const fields: Record<string, string[]> = {};
  if (!category) fields.categoryId = ["Choose a category from the list."];
  if (types !== new Set(input.jobTypeIds).size) fields.jobTypeIds = ["Choose job types from the list."];
  if (Object.keys(fields).length) throw new AppError("validation_failed", "Check the fields below.", { fields });
}

const typeRows = (ids: number[]) => [...new Set(ids)].map((jobTypeId) => ({ jobTypeId }));

/** JobCreate: saved as a draft with its creator and submitter; no mail until it is submitted. */
export async function createJob(input: JobInput, userId: number) {
  await checkChoices(input);
  const row = await db.job
    .create({
      data: {
        ...columns(input),
        status: "draft",
        creatorId: userId,
        lastModifiedById: userId,
        submittedById: userId,
        jobTypes: { create: typeRows(input.jobTypeIds) },
      },
      select: { id: true },
    })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  return row;
}

/** JobEdit: admins any job, owners their own editable job; anyone else gets not found. */
export async function updateJob(id: number, input: JobInput, who: Principal) {
  const job = await db.job.findUnique({ where: { id }, select: { creatorId: true, status: true, expires: true } });
  if (!job || !canEditJob(who, job)) throw new AppError("not_found", "Not found.");
  await checkChoices(input);
  await db.$transaction([
    db.jobJobType.deleteMany({ where: { jobId: id } }),
    db.job.update({
      where: { id },
      data: { ...columns(input), lastModifiedById: who.userId, jobTypes: { create: typeRows(input.jobTypeIds) } },
      select: { id: true },
    }),
  ]);
  await afterJobChange([id]);
  return { id };
}

type Moved = { id: number; from: JobStatusName; to: JobStatusName; job: MailJob; expires: Date | null };

/**
 * Moves a job one step of the workflow, or throws the step's error (not_found for an unknown
 * job, conflict for a status the step does not leave from). Approving without an expiry sets
 * now + 90 days.
 */
export async function transitionJob(
  id: number,
  step: JobTransition,
  userId: number | null,
  now = new Date(),
): Promise<Moved> {
  return db.$transaction(async (tx) => {
    const before = await tx.job.findUnique({ where: { id }, select: { status: true, expires: true } });
    if (!before) throw new AppError("not_found", "Not found.");
    const why = transitionError(before.status, step);
    if (why) throw new AppError("conflict", why, { fields: { "": [why] } });
    const to = TRANSITION_TARGET[step];
    const expires = step === "approve" && !before.expires ? defaultExpiry(now) : before.expires;
    const { count } = await tx.job.updateMany({
      where: { id, status: { in: [...ALLOWED_FROM[step]] } },
      data: { status: to, expires, lastModifiedById: userId },
    });
    if (count !== 1) throw new AppError("conflict", "This job changed meanwhile; reload the page.");
    const job = await tx.job.findUniqueOrThrow({ where: { id }, select: mailJobSelect });
    return { id, from: before.status, to, job, expires };
  }, TX_OPTIONS);
}

/** The mails of a moved job (listeners.py); approval only for a new submission (pythondotorg#679). */
async function notify(moved: Moved) {
  if (moved.to === "review") await mail(submittedMail(moved.job, env.SITE_URL));
  if (moved.to === "approved" && moved.from === "review")
    await mail(approvedMail(moved.job, env.SITE_URL, moved.expires));
  if (moved.to === "rejected") await mail(rejectedMail(moved.job, env.SITE_URL));
}

/**
 * JobPreview POST action=review: the owner (or an admin) submits an editable job. Submitting a
 * job already in review changes nothing and sends nothing (Job.review fires only on a change).
 */
export async function submitJobForReview(id: number, who: Principal) {
  const job = await db.job.findUnique({ where: { id }, select: { creatorId: true, status: true, expires: true } });
  if (!job || !canEditJob(who, job)) throw new AppError("not_found", "Not found.");
  if (job.status === "review") return { id, changed: false };
  const moved = await transitionJob(id, "review", who.userId);
  await notify(moved);
  await afterJobChange([id]);
  return { id, changed: true };
}

/** The review and moderate queues' decisions: job-board admins only. */
export async function moderateJob(id: number, step: Exclude<JobTransition, "review" | "expire">, who: Principal) {
  if (!canModerateJobs(who)) throw new AppError("forbidden", "You may not moderate jobs.");
  const moved = await transitionJob(id, step, who.userId);
  await notify(moved);
  await afterJobChange([id]);
  return moved;
}

/** JobRemove: the owner withdraws their own job; someone else's is left alone (false). */
export async function removeOwnJob(id: number, who: Principal): Promise<boolean> {
  const job = await db.job.findUnique({ where: { id }, select: { creatorId: true, status: true } });
  if (!job || !isJobOwner(who, job) || job.status === "removed") return false;
  await transitionJob(id, "remove", who.userId);
  await afterJobChange([id]);
  return true;
}

/**
 * JobReviewCommentCreate: the owner or a job-board admin comments (anyone else: unauthorized,
 * python.org's 401); an admin may approve or reject in the same step, an owner may not. An empty
 * comment is not saved and mails nobody. The comment mail goes to jobs@ and, for an admin's
 * comment, to the job's address too.
 */
export async function addReviewComment(input: ReviewCommentInput, who: Principal) {
  const job = await db.job.findUnique({
    where: { id: input.jobId },
    select: { ...mailJobSelect, creatorId: true, creator: { select: { email: true } } },
  });
  if (!job) throw new AppError("not_found", "Not found.");
  if (!canCommentOnJob(who, job)) throw new AppError("unauthorized", "Unauthorized");
  if (input.action && !canModerateJobs(who)) throw new AppError("unauthorized", "Unauthorized");
  let commentId: number | null = null;
  const text = input.comment.trim();
  if (text) {
    const rendered = renderJobMarkup(text, "markdown");
    commentId = (
      await db.jobReviewComment.create({
        data: {
          jobId: job.id,
          comment: text,
          commentMarkupType: "markdown",
          commentRendered: rendered,
          creatorId: who.userId,
          lastModifiedById: who.userId,
        },
        select: { id: true },
      })
    ).id;
    const author = await db.user.findUnique({ where: { id: who.userId }, select: { email: true } });
    // listeners.py: a commenter whose address is not the job creator's is an admin.
    const byAdmin = !job.creator || author?.email !== job.creator.email;
    await mail(commentMail(job, env.SITE_URL, text, byAdmin));
  }
  const moved = input.action ? await moderateJob(job.id, input.action, who) : null;
  if (!moved) await afterJobChange([job.id]);
  return { commentId, status: moved?.to ?? null };
}
