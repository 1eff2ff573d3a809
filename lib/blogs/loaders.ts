import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { BLOG_HOME_OTHERS, blogsTags } from "./constants";
import { listBlogHomeEntries, listLatestEntries } from "./data";
import type { BlogHome, NewsItem } from "./types";
import { excerpt } from "./utils";

export async function loadLatestNews(): Promise<NewsItem[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(blogsTags.blogs);
  return listLatestEntries(5);
}

/** views.py BlogHome: the newest entry (title, date, 50-word excerpt) and the next five. */
export async function loadBlogHome(): Promise<BlogHome> {
  "use cache";
  cacheLife("minutes");
  cacheTag(blogsTags.blogs);
  const [first, ...rest] = await listBlogHomeEntries(BLOG_HOME_OTHERS + 1);
  if (!first) return { latest: null, others: [] };
  const { summary, ...latest } = first;
  return {
    latest: { ...latest, excerpt: excerpt(summary) },
    others: rest.map(({ summary: _summary, ...e }) => e),
  };
}
