import "server-only";
import { db } from "@/lib/platform/db";

/**
 * apps/jobs JobQuerySet.visible(): approved and not yet expired. A job without an expiry date is
 * not visible there either (`expires__gte` never matches NULL).
 */
const visibleJobWhere = (now: Date) => ({ status: "approved" as const, expires: { gte: now } });

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
export type SearchableJob = {
  id: number;
  jobTitle: string;
  companyName: string | null;
  city: string;
  region: string;
  country: string;
  telecommuting: boolean;
  descriptionRendered: string;
  requirementsRendered: string;
  created: Date;
};

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
