import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const adminRowSelect = { id: true, copy: true, isPublished: true, updated: true } as const;
const adminSampleSelect = {
  id: true,
  code: true,
  codeMarkupType: true,
  codeRendered: true,
  copy: true,
  copyMarkupType: true,
  copyRendered: true,
  isPublished: true,
} as const;

export type AdminCodeSampleRow = Prisma.CodeSampleGetPayload<{ select: typeof adminRowSelect }>;
export type AdminCodeSample = Prisma.CodeSampleGetPayload<{ select: typeof adminSampleSelect }>;

/** The changelist: search in the code and the copy, filter by is_published, sort, one page. */
export async function listAdminCodeSamples(
  params: ListParams,
): Promise<{ rows: AdminCodeSampleRow[]; total: number }> {
  const { published } = params.filters;
  const where: Prisma.CodeSampleWhereInput = {
    ...(params.q
      ? {
          OR: [
            { copy: { contains: params.q, mode: "insensitive" } },
            { code: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(published ? { isPublished: published === "yes" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.codeSample.findMany({
      where,
      select: adminRowSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.codeSample.count({ where }),
  ]);
  return { rows, total };
}

export async function getAdminCodeSample(id: number): Promise<AdminCodeSample | null> {
  return db.codeSample.findUnique({ where: { id }, select: adminSampleSelect });
}
