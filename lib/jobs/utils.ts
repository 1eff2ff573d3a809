/** The job board's rules that need no database: workflow, display names, slugs, mail texts. */
import { slugify } from "@/lib/platform/text";
import { JOB_THRESHOLD_DAYS, NEW_JOB_DAYS, type JobStatusName } from "./constants";

const DAY = 86_400_000;

/** apps/jobs/models.py Job.save(): location_slug = slugify("city region country"). */
export const jobLocationSlug = (city: string, region: string, country: string) =>
  slugify(`${city} ${region} ${country}`);
export const jobCountrySlug = (country: string) => slugify(country);

/** Job.display_name: "<job_title>, <company_name>". */
export const jobDisplayName = (j: { jobTitle: string; companyName: string | null }) =>
  j.companyName ? `${j.jobTitle}, ${j.companyName}` : j.jobTitle;

/** Job.display_location: "city, region, country", blanks skipped ("Memphis, TN, USA"). */
export const jobDisplayLocation = (j: { city: string; region: string; country: string }) =>
  [j.city, j.region, j.country].filter((p) => p.trim() !== "").join(", ");

/** Job.is_new: created within the last 30 days. */
export const isNewJob = (created: Date, now = new Date()) => now.getTime() - created.getTime() <= NEW_JOB_DAYS * DAY;

/** Job.editable: its owner may still change it (draft, review, rejected). */
export const isEditableStatus = (status: JobStatusName) =>
  status === "draft" || status === "review" || status === "rejected";

/** Approving a job without an expiry date gives it now + JOB_THRESHOLD_DAYS. */
export const defaultExpiry = (now = new Date()) => new Date(now.getTime() + JOB_THRESHOLD_DAYS * DAY);

export type JobTransition = "review" | "approve" | "reject" | "archive" | "remove" | "expire";

export const TRANSITION_TARGET: Record<JobTransition, JobStatusName> = {
  review: "review",
  approve: "approved",
  reject: "rejected",
  archive: "archived",
  remove: "removed",
  expire: "expired",
};

/**
 * Which statuses each step leaves from. The owner submits a draft (or a rejected job they fixed);
 * moderators decide on submitted jobs and may also revisit a decision (approve a rejected or
 * archived job, reject or archive an approved one); anything but a removed job can be removed;
 * only the daily cron expires, and only approved jobs.
 */
export const ALLOWED_FROM: Record<JobTransition, readonly JobStatusName[]> = {
  review: ["draft", "rejected"],
  approve: ["review", "rejected", "archived"],
  reject: ["review", "approved"],
  archive: ["review", "approved", "rejected", "expired"],
  remove: ["draft", "review", "approved", "rejected", "archived", "expired"],
  expire: ["approved"],
};

const WHY_NOT: Partial<Record<JobStatusName, string>> = {
  draft: "it has not been submitted for review yet",
  removed: "it has been removed",
  expired: "it has expired",
};

/** The error message for a step a job's status does not allow, or null when it is allowed. */
export function transitionError(from: JobStatusName, step: JobTransition): string | null {
  if (ALLOWED_FROM[step].includes(from)) return null;
  if (TRANSITION_TARGET[step] === from) return `This job is already ${from}.`;
  const why = WHY_NOT[from] ?? `it is ${from}`;
  return `This job cannot be ${step === "review" ? "submitted for review" : `${TRANSITION_TARGET[step]}`}: ${why}.`;
}

/** A stored job as the job form's starting values (JobEdit). */
export function jobFormValues(job: {
  jobTitle: string;
  companyName: string | null;
  categoryId: number;
  jobTypeIds: number[];
  otherJobType: string;
  city: string;
  region: string;
  country: string;
  description: string;
  descriptionMarkupType: string;
  requirements: string;
  requirementsMarkupType: string;
  companyDescription: string;
  companyDescriptionMarkupType: string;
  contact: string | null;
  email: string;
  url: string | null;
  telecommuting: boolean;
  agencies: boolean;
}): Record<string, string | boolean | string[]> {
  return {
    jobTitle: job.jobTitle,
    companyName: job.companyName ?? "",
    categoryId: String(job.categoryId),
    jobTypeIds: job.jobTypeIds.map(String),
    otherJobType: job.otherJobType,
    city: job.city,
    region: job.region,
    country: job.country,
    description: job.description,
    descriptionMarkupType: job.descriptionMarkupType,
    requirements: job.requirements,
    requirementsMarkupType: job.requirementsMarkupType,
    companyDescription: job.companyDescription,
    companyDescriptionMarkupType: job.companyDescriptionMarkupType,
    contact: job.contact ?? "",
    email: job.email,
    url: job.url ?? "",
    telecommuting: job.telecommuting,
    agencies: job.agencies,
  };
}
