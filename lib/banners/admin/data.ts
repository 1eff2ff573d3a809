import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const adminBannerSelect = {
  id: true,
  title: true,
  message: true,
  link: true,
  active: true,
  psfPagesOnly: true,
} as const;

export type AdminBanner = Prisma.BannerGetPayload<{ select: typeof adminBannerSelect }>;

/** BannerAdmin's changelist: search in the text, filter by state and scope, sort, one page. */
export async function listAdminBanners(params: ListParams): Promise<{ rows: AdminBanner[]; total: number }> {
  const { active, scope } = params.filters;
  const where: Prisma.BannerWhereInput = {
    ...(params.q
      ? {
          OR: [
            { title: { contains: params.q, mode: "insensitive" } },
            { message: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(active ? { active: active === "yes" } : {}),
    ...(scope ? { psfPagesOnly: scope === "psf" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.banner.findMany({
      where,
      select: adminBannerSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.banner.count({ where }),
  ]);
  return { rows, total };
}

export async function getAdminBanner(id: number): Promise<AdminBanner | null> {
  return db.banner.findUnique({ where: { id }, select: adminBannerSelect });
}
