import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/platform/cache-tags";
import { listLatestEntries } from "./data";
import type { NewsItem } from "./types";

export async function loadLatestNews(): Promise<NewsItem[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(tags.blogs);
  return listLatestEntries(5);
}
