import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { successStoriesTags } from "./constants";
import { getFeaturedStory } from "./data";
import type { StoryTeaser } from "./types";

/** Rotates with the cache lifetime rather than per request, so the homepage stays cacheable. */
export async function loadFeaturedStory(): Promise<StoryTeaser | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(successStoriesTags.successStories);
  return getFeaturedStory();
}
