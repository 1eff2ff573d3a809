import "server-only";
import { db } from "@/lib/platform/db";
import type { NewsItem } from "./types";

/** Newest blog entries first (homepage "Latest News", apps/blogs get_latest_blog_entries). */
export async function listLatestEntries(limit = 5): Promise<NewsItem[]> {
  return db.blogEntry.findMany({
    orderBy: { pubDate: "desc" },
    take: limit,
    select: { id: true, title: true, url: true, pubDate: true },
  });
}

/** BlogHome: the newest entries with their summaries (the first is shown with its excerpt). */
export async function listBlogHomeEntries(limit: number): Promise<(NewsItem & { summary: string })[]> {
  return db.blogEntry.findMany({
    orderBy: [{ pubDate: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, url: true, pubDate: true, summary: true },
  });
}

// Search (lib/site/search/sources.ts): every aggregated entry (they are public posts elsewhere).
const searchableEntrySelect = { id: true, title: true, summary: true, url: true, pubDate: true } as const;
export type SearchableEntry = { id: number; title: string; summary: string; url: string; pubDate: Date };

export async function listSearchableEntries(): Promise<SearchableEntry[]> {
  return db.blogEntry.findMany({ select: searchableEntrySelect, orderBy: { id: "asc" } });
}

export async function getSearchableEntry(id: number): Promise<SearchableEntry | null> {
  return db.blogEntry.findUnique({ where: { id }, select: searchableEntrySelect });
}
