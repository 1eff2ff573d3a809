import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const select = {
  id: true,
  name: true,
  location: true,
  url: true,
  urlType: true,
  startDate: true,
  approved: true,
  trusted: true,
} as const;

export type AdminUserGroupRow = Prisma.PythonUserGroupGetPayload<{ select: typeof select }>;

/** The changelist: search name and location, filter by approved and trusted. */
export async function listAdminUserGroups(
  params: ListParams,
): Promise<{ rows: AdminUserGroupRow[]; total: number }> {
  const { approved, trusted } = params.filters;
  const where: Prisma.PythonUserGroupWhereInput = {
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { location: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(approved ? { approved: approved === "yes" } : {}),
    ...(trusted ? { trusted: trusted === "yes" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.pythonUserGroup.findMany({
      where,
      select,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.pythonUserGroup.count({ where }),
  ]);
  return { rows, total };
}

export async function getAdminUserGroup(id: number): Promise<AdminUserGroupRow | null> {
  return db.pythonUserGroup.findUnique({ where: { id }, select });
}
