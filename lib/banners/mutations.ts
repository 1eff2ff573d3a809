import "server-only";
import { db } from "@/lib/platform/db";
import { fromPrismaError } from "@/lib/platform/errors";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { bannersTags } from "./constants";
import type { BannerInput } from "./schema";

const bannerSelect = {
  id: true,
  title: true,
  message: true,
  link: true,
  active: true,
  psfPagesOnly: true,
} as const;

// The home page shows the first active site-wide banner; any write may change which one.
const afterWrite = () => revalidateDomain([bannersTags.banners]);

export async function createBanner(input: BannerInput) {
  const row = await db.banner.create({ data: input, select: bannerSelect });
  await afterWrite();
  return row;
}

/** Throws AppError not_found when the banner is gone (P2025). */
export async function updateBanner(id: number, input: BannerInput) {
  const row = await db.banner
    .update({ where: { id }, data: input, select: bannerSelect })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite();
  return row;
}

export async function deleteBanner(id: number): Promise<void> {
  await db.banner.delete({ where: { id } }).catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite();
}
