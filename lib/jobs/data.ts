import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { JOBS_PER_PAGE, SAME_CATEGORY_COUNT } from "./constants";
import type { JobDetail, JobFilter, JobLink, JobListItem, JobPage, JobReviewCommentView, NamedSlug } from "./types";

/**
 * apps/jobs JobQuerySet.visible(): approved and not yet expired. A job without an expiry date is
 * not visible there either (`expires__gte` never matches NULL).
 */
export const visibleJobWhere = (now: Date) => ({ status: "approved" as const, expires: { gte: now } });

export const jobListSelect = {
  id: true,
  jobTitle: true,
  companyName: true,
  city: true,
  region: true,
  country: true,
  locationSlug: true,
  created: true,
  status: true,
  expires: true,
  telecommuting: true,
  isFeatured: true,
  category: { select: { name: true, slug: true } },
  jobTypes: { select: { jobTypeId: true, jobType: { select: { name: true, slug: true } } }, orderBy: { jobTypeId: "asc" } },
} as const;

type ListRow = Prisma.JobGetPayload<{ select: typeof jobListSelect }>;
export const toListItem = (r: ListRow): JobListItem => ({ ...r, jobTypes: r.jobTypes.map((t) => t.jobType) });

function filterWhere(filter: JobFilter, now: Date): Prisma.JobWhereInput {
  const where: Prisma.JobWhereInput = visibleJobWhere(now);
  if (filter.typeSlug) where.jobTypes = { some: { jobType: { slug: filter.typeSlug, active: true } } };
  if (filter.categorySlug) where.category = { slug: filter.categorySlug };
  if (filter.locationSlug) where.locationSlug = filter.locationSlug;
  if (filter.telecommute) where.telecommuting = true;
  return where;
}

/** A page of visible jobs (25), featured ones pinned first, then newest first (Job.Meta.ordering). */
export async function listVisibleJobs(filter: JobFilter, page: number, now = new Date()): Promise<JobPage> {
  const where = filterWhere(filter, now);
  const [rows, total] = await Promise.all([
    db.job.findMany({
      where,
      select: jobListSelect,
      orderBy: [{ isFeatured: "desc" }, { created: "desc" }, { id: "desc" }],
      skip: (page - 1) * JOBS_PER_PAGE,
      take: JOBS_PER_PAGE,
    }),
    db.job.count({ where }),
  ]);
  return { jobs: rows.map(toListItem), total, page, perPage: JOBS_PER_PAGE };
}

export const countVisibleJobs = (now = new Date()) => db.job.count({ where: visibleJobWhere(now) });

/** JobType.objects.with_active_jobs(): active types having a visible job. */
export async function listActiveJobTypes(now = new Date()): Promise<NamedSlug[]> {
  return db.jobType.findMany({
    where: { active: true, jobs: { some: { job: visibleJobWhere(now) } } },
    select: { name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

/** JobCategory.objects.with_active_jobs(): categories having a visible job. */
export async function listActiveJobCategories(now = new Date()): Promise<NamedSlug[]> {
  return db.jobCategory.findMany({
    where: { jobs: { some: visibleJobWhere(now) } },
    select: { name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

/** JobLocationMenu: the distinct places of visible jobs, by country then city. */
// One row per place in SQL (DISTINCT ON): Prisma's `distinct` fetched every visible job (5,000
// in the bench) and kept one per slug in JavaScript on each uncached render.
export async function listActiveJobLocations(now = new Date()) {
  return db.$queryRaw<{ locationSlug: string; city: string; region: string; country: string }[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (location_slug) location_slug AS "locationSlug", city, region, country
      FROM jobs_job WHERE status = 'approved' AND expires >= ${now}
      ORDER BY location_slug, country, city
    ) places ORDER BY country, city, "locationSlug"`;
}

export const getJobType = (slug: string) =>
  db.jobType.findFirst({ where: { slug, active: true }, select: { name: true, slug: true } });
export const getJobCategory = (slug: string) =>
  db.jobCategory.findFirst({ where: { slug }, select: { name: true, slug: true } });

/** A job in any status with everything its page shows; callers decide who may see it. */
export async function getJob(id: number): Promise<JobDetail | null> {
  const row = await db.job.findUnique({
    where: { id },
    select: {
      ...jobListSelect,
      categoryId: true,
      creatorId: true,
      otherJobType: true,
      companyDescription: true,
      companyDescriptionMarkupType: true,
      companyDescriptionRendered: true,
      description: true,
      descriptionMarkupType: true,
      descriptionRendered: true,
      requirements: true,
      requirementsMarkupType: true,
      requirementsRendered: true,
      contact: true,
      email: true,
      url: true,
      agencies: true,
    },
  });
  if (!row) return null;
  return {
    ...toListItem(row),
    ...row,
    jobTypes: row.jobTypes.map((t) => t.jobType),
    jobTypeIds: row.jobTypes.map((t) => t.jobTypeId),
  };
}

/** A job's review thread, oldest first: read only for the owner and the job-board admins. */
export async function listJobReviewComments(jobId: number): Promise<JobReviewCommentView[]> {
  const rows = await db.jobReviewComment.findMany({
    where: { jobId },
    select: { id: true, created: true, commentRendered: true, creator: { select: { username: true } } },
    orderBy: [{ created: "asc" }, { id: "asc" }],
  });
  return rows.map((c) => ({ id: c.id, created: c.created, html: c.commentRendered, author: c.creator?.username ?? null }));
}

/** JobDetail's "other jobs in this category": five visible ones, newest first (links only). */
export async function listSameCategoryJobs(categoryId: number, excludeId: number, now = new Date()): Promise<JobLink[]> {
  return db.job.findMany({
    where: { ...visibleJobWhere(now), categoryId, id: { not: excludeId } },
    select: { id: true, jobTitle: true, companyName: true },
    orderBy: [{ created: "desc" }, { id: "desc" }],
    take: SAME_CATEGORY_COUNT,
  });
}

/**
 * Job.get_previous_listing / get_next_listing: the neighbouring approved jobs by creation time
 * (ties broken by id), both in one statement.
 */
export async function getJobNeighbours(job: { id: number; created: Date }) {
  const rows = await db.$queryRaw<(JobLink & { side: "previous" | "next" })[]>`
    (SELECT id, job_title AS "jobTitle", company_name AS "companyName", 'previous' AS side FROM jobs_job
      WHERE status = 'approved' AND (created, id) < (${job.created}, ${job.id})
      ORDER BY created DESC, id DESC LIMIT 1)
    UNION ALL
    (SELECT id, job_title AS "jobTitle", company_name AS "companyName", 'next' AS side FROM jobs_job
      WHERE status = 'approved' AND (created, id) > (${job.created}, ${job.id})
      ORDER BY created ASC, id ASC LIMIT 1)`;
  const pick = (side: "previous" | "next"): JobLink | null => {
    const r = rows.find((x) => x.side === side);
    return r ? { id: r.id, jobTitle: r.jobTitle, companyName: r.companyName } : null;
  };
  return { previous: pick("previous"), next: pick("next") };
}

/** JobFeed: the 20 most recent approved jobs (python.org does not check the expiry here). */
export async function listFeedJobs(take: number) {
  return db.job.findMany({
    where: { status: "approved" },
    select: {
      id: true,
      jobTitle: true,
      companyName: true,
      city: true,
      region: true,
      country: true,
      created: true,
      descriptionRendered: true,
      requirementsRendered: true,
    },
    orderBy: [{ created: "desc" }, { id: "desc" }],
    take,
  });
}

/** JobListMine: every job the person created, any status, newest first, 25 a page. */
export async function listJobsBy(userId: number, page: number): Promise<JobPage> {
  const where = { creatorId: userId };
  const [rows, total] = await Promise.all([
    db.job.findMany({
      where,
      select: jobListSelect,
      orderBy: [{ created: "desc" }, { id: "desc" }],
      skip: (page - 1) * JOBS_PER_PAGE,
      take: JOBS_PER_PAGE,
    }),
    db.job.count({ where }),
  ]);
  return { jobs: rows.map(toListItem), total, page, perPage: JOBS_PER_PAGE };
}

/** The active types and categories a job form offers. */
export async function listJobFormChoices() {
  const [types, categories] = await Promise.all([
    db.jobType.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.jobCategory.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { types, categories };
}

// Search (lib/site/search/sources.ts): visible jobs only; the nightly reindex drops expired ones.
const searchableJobSelect = {
  id: true,
  jobTitle: true,
  companyName: true,
  city: true,
  region: true,
  country: true,
  telecommuting: true,
  descriptionRendered: true,
  requirementsRendered: true,
  created: true,
} as const;
export type SearchableJob = Prisma.JobGetPayload<{ select: typeof searchableJobSelect }>;

export async function listSearchableJobs(now = new Date()): Promise<SearchableJob[]> {
  return db.job.findMany({
    where: visibleJobWhere(now),
    select: searchableJobSelect,
    orderBy: { id: "asc" },
  });
}

export async function getSearchableJob(id: number, now = new Date()): Promise<SearchableJob | null> {
  return db.job.findFirst({ where: { id, ...visibleJobWhere(now) }, select: searchableJobSelect });
}
