import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { jobsTags } from "./constants";
import {
  countVisibleJobs,
  getJob,
  getJobCategory,
  getJobNeighbours,
  getJobType,
  listActiveJobCategories,
  listActiveJobLocations,
  listActiveJobTypes,
  listJobFormChoices,
  listJobReviewComments,
  listJobsBy,
  listSameCategoryJobs,
  listVisibleJobs,
} from "./data";
import { canEditJob, canModerateJobs, canSeeJob, isJobOwner, isVisibleJob } from "./permissions";
import type { JobFilter } from "./types";
import { isEditableStatus } from "./utils";

/** `?page=` as a positive page number (anything else is page 1). */
export const pageNumber = (raw: string | string[] | undefined) => {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : 1;
};

/** JobMixin's context: the visible count and the menus of active types, categories and places. */
export async function loadJobMenus() {
  "use cache";
  cacheLife("hours");
  cacheTag(jobsTags.jobs);
  const [jobsCount, types, categories, locations] = await Promise.all([
    countVisibleJobs(),
    listActiveJobTypes(),
    listActiveJobCategories(),
    listActiveJobLocations(),
  ]);
  return { jobsCount, types, categories, locations };
}

/** A page of visible jobs with a filter (JobList and its type/category/location variants). */
export async function loadJobList(filter: JobFilter, page: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(jobsTags.jobs);
  return listVisibleJobs(filter, page);
}

async function cachedTypeOrCategory(kind: "type" | "category", slug: string) {
  "use cache";
  cacheLife("hours");
  cacheTag(jobsTags.jobs);
  return kind === "type" ? getJobType(slug) : getJobCategory(slug);
}

/** A job type by slug (active only), or 404. */
export async function loadJobType(slug: string) {
  return (await cachedTypeOrCategory("type", slug)) ?? notFound();
}

/** A job category by slug, or 404. */
export async function loadJobCategory(slug: string) {
  return (await cachedTypeOrCategory("category", slug)) ?? notFound();
}

async function cachedJob(id: number) {
  "use cache";
  cacheLife("hours");
  cacheTag(jobsTags.jobs);
  const job = await getJob(id);
  if (!job) return null;
  const [sameCategory, neighbours] = await Promise.all([
    listSameCategoryJobs(job.categoryId, job.id),
    getJobNeighbours(job),
  ]);
  return { job, sameCategory, neighbours };
}

const jobId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

/**
 * JobDetail for a visitor without a session (the cached `/jobs/<pk>/`): a visible job, else 404.
 * Reads nothing per person, so the page it renders is shared by everyone who is not signed in.
 */
export async function loadPublicJobPage(raw: string) {
  const id = jobId(raw);
  const found = id === null ? null : await cachedJob(id);
  if (!found || !isVisibleJob(found.job)) notFound();
  return found;
}

/**
 * JobDetail for a signed-in person (`/jobs/<pk>/_viewer/`, what a session cookie rewrites
 * `/jobs/<pk>/` to): everyone sees visible jobs, a signed-in person also their own, job-board admins any;
 * anything else is 404 (never a 403 that would tell a job exists). The page and its metadata
 * share one call per request (React cache: the result depends on who is asking).
 */
export const loadJobPage = cache(async (raw: string) => {
  const id = jobId(raw);
  const found = id === null ? null : await cachedJob(id);
  if (!found) notFound();
  const principal = await getSessionPrincipal();
  if (!canSeeJob(principal, found.job)) notFound();
  const isOwner = isJobOwner(principal, found.job);
  const isAdmin = canModerateJobs(principal);
  // The review thread is per person (owner or admin) and never part of the shared cached job.
  const comments = isOwner || isAdmin ? await listJobReviewComments(found.job.id) : [];
  return {
    ...found,
    comments,
    viewer: { userId: principal?.userId ?? null, isOwner, isAdmin },
    visible: isVisibleJob(found.job),
  };
});

const signIn = (returnTo: string): never =>
  redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}`);

/** Pages that need a signed-in person (JobCreate, JobListMine): visitors go to sign in. */
export async function loadSignedIn(returnTo: string) {
  return (await getSessionPrincipal()) ?? signIn(returnTo);
}

/** JobEdit / JobPreview: the owner while the job is editable, an admin any (preview: not approved). */
export async function loadOwnJob(raw: string, returnTo: string, mode: "edit" | "preview") {
  const principal = await loadSignedIn(returnTo);
  const id = jobId(raw);
  const job = id === null ? null : await getJob(id);
  if (!job || !canEditJob(principal, job)) notFound();
  if (mode === "preview" && !isEditableStatus(job.status) && !canModerateJobs(principal)) notFound();
  if (mode === "preview" && job.status === "approved") notFound();
  return { job, principal, isAdmin: canModerateJobs(principal) };
}

export async function loadJobFormChoices() {
  "use cache";
  cacheLife("hours");
  cacheTag(jobsTags.jobs);
  return listJobFormChoices();
}

export async function loadMyJobs(page: number) {
  const principal = await loadSignedIn("/jobs/mine/");
  return listJobsBy(principal.userId, page);
}
