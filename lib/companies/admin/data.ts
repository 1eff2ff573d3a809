import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const listSelect = { id: true, name: true, contact: true, email: true, url: true, logo: true } as const;

export type AdminCompanyRow = Prisma.CompanyGetPayload<{ select: typeof listSelect }>;

/** CompanyAdmin's changelist: search the name, newest first, one page. */
export async function listAdminCompanies(
  params: ListParams,
): Promise<{ rows: AdminCompanyRow[]; total: number }> {
  const where: Prisma.CompanyWhereInput = params.q
    ? { name: { contains: params.q, mode: "insensitive" } }
    : {};
  const [rows, total] = await Promise.all([
    db.company.findMany({
      where,
      select: listSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "desc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.company.count({ where }),
  ]);
  return { rows, total };
}

const detailSelect = { ...listSelect, slug: true, about: true, aboutMarkupType: true } as const;

export type AdminCompany = Prisma.CompanyGetPayload<{ select: typeof detailSelect }>;

export async function getAdminCompany(id: number): Promise<AdminCompany | null> {
  return db.company.findUnique({ where: { id }, select: detailSelect });
}
