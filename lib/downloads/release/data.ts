import "server-only";
import type { Prisma } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import { dateLookups } from "@/lib/downloads/utils";
import type { ListReleasesQuery } from "./schema";

export const releaseApiSelect = {
  id: true,
  name: true,
  slug: true,
  version: true,
  isPublished: true,
  isLatest: true,
  releaseDate: true,
  preRelease: true,
  releasePageId: true,
  releaseNotesUrl: true,
  showOnDownloadPage: true,
} as const;
export type ReleaseApiRow = Prisma.ReleaseGetPayload<{ select: typeof releaseApiSelect }>;

/** ReleaseViewSet: Meta.ordering = name; non-staff see published releases only. */
export async function listApiReleases(q: ListReleasesQuery, staff: boolean): Promise<ReleaseApiRow[]> {
  const where: Prisma.ReleaseWhereInput = {
    ...(q.name !== undefined ? { name: q.name } : {}),
    ...(q.slug !== undefined ? { slug: q.slug } : {}),
    ...(q.pre_release !== undefined ? { preRelease: q.pre_release } : {}),
    ...(q.version !== undefined ? { version: q.version } : {}),
    ...(q.release_date !== undefined
      ? { releaseDate: dateLookups({ exact: new Date(q.release_date) })[0] }
      : {}),
    // "3.12" matches 3.12.0, 3.12.1rc1..., never 3.1 or 3.120.
    ...(q.version_xy !== undefined
      ? {
          OR: [
            { name: { endsWith: ` ${q.version_xy}` } },
            { name: { contains: ` ${q.version_xy}.` } },
            { name: { contains: ` ${q.version_xy}a` } },
            { name: { contains: ` ${q.version_xy}b` } },
            { name: { contains: ` ${q.version_xy}rc` } },
          ],
        }
      : {}),
  };
  const published = staff ? q.is_published : true;
  if (published !== undefined) {
    // A non-staff caller asking for unpublished releases gets none.
    if (!staff && q.is_published === false) return [];
    where.isPublished = published;
  }
  return db.release.findMany({ where, select: releaseApiSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export async function getApiRelease(id: number, staff: boolean): Promise<ReleaseApiRow | null> {
  return db.release.findFirst({
    where: { id, ...(staff ? {} : { isPublished: true }) },
    select: releaseApiSelect,
  });
}
