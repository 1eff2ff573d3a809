import "server-only";
import { db } from "@/lib/platform/db";

import type { ActiveBanner } from "./types";

/** First active banner not limited to PSF pages (apps/banners render_active_banner). */
export async function getActiveBanner(): Promise<ActiveBanner | null> {
  return db.banner.findFirst({
    where: { active: true, psfPagesOnly: false },
    orderBy: { id: "asc" },
    select: { title: true, message: true, link: true },
  });
}

/** The first active banner of any scope (apps/banners render_active_psf_banner, PSF pages). */
export async function getActivePsfBanner(): Promise<ActiveBanner | null> {
  return db.banner.findFirst({
    where: { active: true },
    orderBy: { id: "asc" },
    select: { title: true, message: true, link: true },
  });
}
