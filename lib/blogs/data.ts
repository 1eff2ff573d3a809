import "server-only";
import { db } from "@/lib/db";
import type { NewsItem } from "./types";

/** Newest blog entries first (homepage "Latest News", apps/blogs get_latest_blog_entries). */
export async function listLatestEntries(limit = 5): Promise<NewsItem[]> {
  return db.blogEntry.findMany({
    orderBy: { pubDate: "desc" },
    take: limit,
    select: { id: true, title: true, url: true, pubDate: true },
  });
}
