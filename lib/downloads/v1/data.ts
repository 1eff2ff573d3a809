import "server-only";
import type { Prisma } from "@/lib/platform/db";
import { db } from "@/lib/platform/db";
import { releaseFileApiSelect } from "@/lib/downloads/release-file/data";
import { releaseApiSelect } from "@/lib/downloads/release/data";
import { dateLookups } from "@/lib/downloads/utils";
import type { V1ReleaseFileQuery, V1ReleaseQuery } from "./schema";

type Page = { take: number; skip: number };

export async function listV1Os(where: { name?: string; slug?: string }, page: Page) {
  const [rows, total] = await Promise.all([
    db.oS.findMany({
      where,
      select: { id: true, name: true, slug: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...page,
    }),
    db.oS.count({ where }),
  ]);
  return { rows, total };
}

export async function getV1Os(id: number) {
  return db.oS.findUnique({ where: { id }, select: { id: true, name: true, slug: true } });
}

/** OnlyPublishedAuthorization: non-staff lists contain published releases only. */
export async function listV1Releases(q: V1ReleaseQuery, staff: boolean, page: Page) {
  const dates = dateLookups({
    exact: q.release_date,
    gt: q.release_date__gt,
    gte: q.release_date__gte,
    lt: q.release_date__lt,
    lte: q.release_date__lte,
    range: q.release_date__range,
    year: q.release_date__year,
  });
  const where: Prisma.ReleaseWhereInput = {
    ...(q.name !== undefined ? { name: q.name } : {}),
    ...(q.slug !== undefined ? { slug: q.slug } : {}),
    ...(q.pre_release !== undefined ? { preRelease: q.pre_release } : {}),
    ...(q.version !== undefined ? { version: q.version } : {}),
    ...(q.version__startswith !== undefined
      ? /^\d+$/.test(q.version__startswith)
        ? { version: { in: [1, 2, 3, 100].filter((v) => String(v).startsWith(q.version__startswith!)) } }
        : { id: -1 }
      : {}),
    ...(dates.length ? { AND: dates.map((releaseDate) => ({ releaseDate })) } : {}),
    ...(staff
      ? q.is_published !== undefined
        ? { isPublished: q.is_published }
        : {}
      : { isPublished: true }),
  };
  if (!staff && q.is_published === false) return { rows: [], total: 0 };
  const [rows, total] = await Promise.all([
    db.release.findMany({
      where,
      select: releaseApiSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...page,
    }),
    db.release.count({ where }),
  ]);
  return { rows, total };
}

export async function getV1Release(id: number) {
  return db.release.findUnique({ where: { id }, select: releaseApiSelect });
}

/** Files of unpublished releases are visible to everyone (apps/downloads/api.py). */
export async function listV1ReleaseFiles(q: V1ReleaseFileQuery, page: Page) {
  const where: Prisma.ReleaseFileWhereInput = {
    ...(q.name !== undefined ? { name: q.name } : {}),
    ...(q.slug !== undefined ? { slug: q.slug } : {}),
    ...(q.os !== undefined ? { osId: q.os } : {}),
    ...(q.os__slug !== undefined || q.os__name !== undefined
      ? { os: { slug: q.os__slug, name: q.os__name } }
      : {}),
    ...(q.release !== undefined ? { releaseId: q.release } : {}),
    ...([
      q.release__slug,
      q.release__name,
      q.release__version,
      q.release__is_published,
      q.release__pre_release,
    ].some((v) => v !== undefined)
      ? {
          release: {
            slug: q.release__slug,
            name: q.release__name,
            version: q.release__version,
            isPublished: q.release__is_published,
            preRelease: q.release__pre_release,
          },
        }
      : {}),
    ...(q.description__contains !== undefined ? { description: { contains: q.description__contains } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.releaseFile.findMany({
      where,
      select: releaseFileApiSelect,
      orderBy: [
        { release: { isPublished: "desc" } },
        { release: { name: "asc" } },
        { os: { name: "asc" } },
        { name: "asc" },
        { id: "asc" },
      ],
      ...page,
    }),
    db.releaseFile.count({ where }),
  ]);
  return { rows, total };
}

export async function getV1ReleaseFile(id: number) {
  return db.releaseFile.findUnique({ where: { id }, select: releaseFileApiSelect });
}
