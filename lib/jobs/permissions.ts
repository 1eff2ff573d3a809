/**
 * Who may moderate the job board: staff, superusers, or the "Job Board Admin" group's
 * jobs.moderate, without being staff (reference ecosystem AC-AUTHZ-1, pythondotorg#630).
 * Who may see and change a job (apps/jobs/views.py JobDetail, JobEdit, JobPreview).
 */
import { has, type Who } from "@/lib/users/permissions";
import type { JobStatusName } from "./constants";
import { isEditableStatus } from "./utils";

export const jobsPermissions = { moderate: "jobs.moderate" } as const;

export const canModerateJobs = (who: Who) => has(who, jobsPermissions.moderate);

type Person = (NonNullable<Who> & { userId: number }) | null | undefined;
type JobRef = { creatorId: number | null; status: JobStatusName; expires: Date | null };

export const isJobOwner = (who: Person, job: Pick<JobRef, "creatorId">) =>
  Boolean(who && job.creatorId !== null && job.creatorId === who.userId);

export const isVisibleJob = (job: Pick<JobRef, "status" | "expires">, now = new Date()) =>
  job.status === "approved" && job.expires !== null && job.expires >= now;

/** JobDetail: admins see any job, a signed-in person also their own, everyone the visible ones. */
export const canSeeJob = (who: Person, job: JobRef, now = new Date()) =>
  isVisibleJob(job, now) || isJobOwner(who, job) || canModerateJobs(who);

/** JobEdit: admins any job; owners their own while it is editable (not yet approved). */
export const canEditJob = (who: Person, job: JobRef) =>
  canModerateJobs(who) || (isJobOwner(who, job) && isEditableStatus(job.status));

/** JobReviewCommentCreate: the owner and the job-board admins. */
export const canCommentOnJob = (who: Person, job: Pick<JobRef, "creatorId">) =>
  canModerateJobs(who) || isJobOwner(who, job);
