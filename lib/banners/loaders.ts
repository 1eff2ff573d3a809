import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/platform/cache-tags";
import { getActiveBanner } from "./data";
import type { ActiveBanner } from "./types";

export async function loadActiveBanner(): Promise<ActiveBanner | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(tags.banners);
  return getActiveBanner();
}
