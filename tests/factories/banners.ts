/** A demo banner (apps/banners): inactive and PSF-pages only, so the home page shows none. */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function seedBanners(db: PrismaClient) {
  if ((await db.banner.count()) === 0) {
    await db.banner.create({
      data: {
        title: "Read more",
        message: "The PSF's annual member election opens soon.",
        link: "/nominations/",
        active: false,
        psfPagesOnly: true,
      },
    });
  }
}
