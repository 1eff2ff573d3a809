import "server-only";
import { db } from "@/lib/db";
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
