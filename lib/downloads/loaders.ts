import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/cache-tags";
import { getLatestRelease } from "./data";
import type { LatestRelease } from "./types";

export async function loadLatestPython3(): Promise<LatestRelease | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.releases);
  return getLatestRelease(3);
}
