import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { blogsTags } from "./constants";
import { listLatestEntries } from "./data";
import type { NewsItem } from "./types";

export async function loadLatestNews(): Promise<NewsItem[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(blogsTags.blogs);
  return listLatestEntries(5);
}
