import "server-only";
import type { ListParams } from "@/lib/admin/utils";
import type { Prisma } from "@/lib/generated/prisma/client";
import { JOBS_PER_PAGE, REVIEW_PER_PAGE, REVIEW_WINDOW_DAYS } from "@/lib/jobs/constants";
import { jobListSelect, toListItem } from "@/lib/jobs/data";
import type { JobPage } from "@/lib/jobs/types";
import { db } from "@/lib/platform/db";

const DAY = 86_400_000;

async function page(where: Prisma.JobWhereInput, n: number, perPage: number, orderBy: Prisma.JobOrderByWithRelationInput[]) {
  const [rows, total] = await Promise.all([
    db.job.findMany({ where, select: jobListSelect, orderBy, skip: (n - 1) * perPage, take: perPage }),
    db.job.count({ where }),
  ]);
  return { jobs: rows.map(toListItem), total, page: n, perPage } satisfies JobPage;
}

/** JobQuerySet.review(): submitted in the last 120 days and waiting, oldest first, 20 a page. */
export const listReviewQueue = (n: number, now = new Date()) =>
  page(
    { status: "review", created: { gte: new Date(now.getTime() - REVIEW_WINDOW_DAYS * DAY) } },
    n,
    REVIEW_PER_PAGE,
    [{ created: "asc" }, { id: "asc" }],
  );

/** JobModerateList: every job not in review, `?q=` matching the title (icontains), newest first. */
export const listModerationJobs = (q: string, n: number) =>
  page(
    { status: { not: "review" }, ...(q ? { jobTitle: { contains: q, mode: "insensitive" as const } } : {}) },
    n,
    JOBS_PER_PAGE,
    [{ created: "desc" }, { id: "desc" }],
  );

/** The admin's jobs list: search by title or company, filter by status and featured, sorted. */
export async function listAdminJobs(params: ListParams) {
  const { status, featured } = params.filters;
  const where: Prisma.JobWhereInput = {
    ...(params.q
      ? {
          OR: [
            { jobTitle: { contains: params.q, mode: "insensitive" } },
            { companyName: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(status ? { status: status as Prisma.JobWhereInput["status"] } : {}),
    ...(featured ? { isFeatured: featured === "yes" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.job.findMany({
      where,
      select: jobListSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "desc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.job.count({ where }),
  ]);
  return { rows: rows.map(toListItem), total };
}
