import "server-only";
import { db } from "@/lib/platform/db";
import type { StoryTeaser } from "./types";

/**
 * A featured, published story for the homepage. Like apps/successstories random_featured()
 * it picks by a random offset rather than ORDER BY random(); `seed` (0..1) makes it testable.
 */
export async function getFeaturedStory(seed = Math.random()): Promise<StoryTeaser | null> {
  const where = { isPublished: true, featured: true };
  const count = await db.story.count({ where });
  if (count === 0) return null;
  return db.story.findFirst({
    where,
    orderBy: { id: "asc" },
    skip: Math.min(count - 1, Math.floor(seed * count)),
    select: { name: true, slug: true, author: true, companyName: true, pullQuote: true },
  });
}

// Search (lib/site/search/sources.ts): published stories only.
const searchableStorySelect = {
  id: true,
  name: true,
  slug: true,
  companyName: true,
  author: true,
  pullQuote: true,
  contentRendered: true,
  created: true,
} as const;
export type SearchableStory = {
  id: number;
  name: string;
  slug: string;
  companyName: string;
  author: string;
  pullQuote: string;
  contentRendered: string;
  created: Date;
};

export async function listSearchableStories(): Promise<SearchableStory[]> {
  return db.story.findMany({
    where: { isPublished: true },
    select: searchableStorySelect,
    orderBy: { id: "asc" },
  });
}

export async function getSearchableStory(id: number): Promise<SearchableStory | null> {
  return db.story.findFirst({ where: { id, isPublished: true }, select: searchableStorySelect });
}
