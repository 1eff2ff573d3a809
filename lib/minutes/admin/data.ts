import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const adminRowSelect = { id: true, date: true, isPublished: true, updated: true } as const;
const adminMinutesSelect = {
  id: true,
  date: true,
  content: true,
  contentMarkupType: true,
  contentRendered: true,
  isPublished: true,
  updated: true,
} as const;

export type AdminMinutesRow = Prisma.MinutesGetPayload<{ select: typeof adminRowSelect }>;
export type AdminMinutes = Prisma.MinutesGetPayload<{ select: typeof adminMinutesSelect }>;

/** The changelist: search in the text, filter by is_published, sort by date, one page. */
export async function listAdminMinutes(
  params: ListParams,
): Promise<{ rows: AdminMinutesRow[]; total: number }> {
  const { published } = params.filters;
  const where: Prisma.MinutesWhereInput = {
    ...(params.q ? { content: { contains: params.q, mode: "insensitive" } } : {}),
    ...(published ? { isPublished: published === "yes" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.minutes.findMany({
      where,
      select: adminRowSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.minutes.count({ where }),
  ]);
  return { rows, total };
}

export async function getAdminMinutes(id: number): Promise<AdminMinutes | null> {
  return db.minutes.findUnique({ where: { id }, select: adminMinutesSelect });
}
