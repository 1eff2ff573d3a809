import "server-only";
import { db } from "@/lib/platform/db";
import type { ListPagesQuery } from "./schema";

const select = {
  id: true,
  title: true,
  path: true,
  keywords: true,
  description: true,
  contentRendered: true,
  isPublished: true,
  templateName: true,
} as const;

/** PageViewSet: Meta.ordering = (title, path); non-staff see published pages only. */
export async function listApiPages(q: ListPagesQuery, staff: boolean) {
  if (!staff && q.is_published === false) return [];
  return db.page.findMany({
    where: {
      ...(q.title !== undefined ? { title: q.title } : {}),
      ...(q.path !== undefined ? { path: q.path } : {}),
      ...(q.keywords !== undefined ? { keywords: q.keywords } : {}),
      ...(q.keywords__icontains !== undefined
        ? { keywords: { contains: q.keywords__icontains, mode: "insensitive" as const } }
        : {}),
      ...(staff
        ? q.is_published !== undefined
          ? { isPublished: q.is_published }
          : {}
        : { isPublished: true }),
    },
    select,
    orderBy: [{ title: "asc" }, { path: "asc" }],
  });
}

export async function getApiPage(id: number, staff: boolean) {
  return db.page.findFirst({ where: { id, ...(staff ? {} : { isPublished: true }) }, select });
}

export async function listV1Pages(
  q: {
    title?: string;
    keywords?: string;
    keywords__icontains?: string;
    path?: string;
    is_published?: boolean;
  },
  staff: boolean,
  page: { take: number; skip: number },
) {
  if (!staff && q.is_published === false) return { rows: [], total: 0 };
  const where = {
    ...(q.title !== undefined ? { title: q.title } : {}),
    ...(q.path !== undefined ? { path: q.path } : {}),
    ...(q.keywords !== undefined ? { keywords: q.keywords } : {}),
    ...(q.keywords__icontains !== undefined
      ? { keywords: { contains: q.keywords__icontains, mode: "insensitive" as const } }
      : {}),
    ...(staff
      ? q.is_published !== undefined
        ? { isPublished: q.is_published }
        : {}
      : { isPublished: true }),
  };
  const [rows, total] = await Promise.all([
    db.page.findMany({ where, select, orderBy: [{ title: "asc" }, { path: "asc" }], ...page }),
    db.page.count({ where }),
  ]);
  return { rows, total };
}

export async function getV1Page(id: number) {
  return db.page.findUnique({ where: { id }, select });
}
