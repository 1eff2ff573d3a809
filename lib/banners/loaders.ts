import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { bannersTags } from "./constants";
import { getActiveBanner } from "./data";
import type { ActiveBanner } from "./types";

export async function loadActiveBanner(): Promise<ActiveBanner | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(bannersTags.banners);
  return getActiveBanner();
}
