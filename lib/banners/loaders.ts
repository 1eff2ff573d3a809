import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { bannersTags } from "./constants";
import { getActiveBanner, getActivePsfBanner } from "./data";
import type { ActiveBanner } from "./types";

export async function loadActiveBanner(): Promise<ActiveBanner | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(bannersTags.banners);
  return getActiveBanner();
}

/** The PSF landing's (and PSF pages') banner: the first active one, PSF-only or not. */
export async function loadActivePsfBanner(): Promise<ActiveBanner | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(bannersTags.banners);
  return getActivePsfBanner();
}
