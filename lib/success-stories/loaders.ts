import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/platform/cache-tags";
import { getFeaturedStory } from "./data";
import type { StoryTeaser } from "./types";

/** Rotates with the cache lifetime rather than per request, so the homepage stays cacheable. */
export async function loadFeaturedStory(): Promise<StoryTeaser | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(tags.successStories);
  return getFeaturedStory();
}
