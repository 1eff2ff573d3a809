import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound } from "next/navigation";
import { storyCompanyTags, successStoriesTags } from "./constants";
import {
  getCategoryWithStories,
  getFeaturedStory,
  getStoryBySlug,
  listLatestStories,
  listPublishedStorySlugs,
  listStoryCategories,
} from "./data";
import type { CategoryWithStories, StoryCategoryLink, StoryDetail, StoryListItem, StoryTeaser } from "./types";

/** Rotates with the cache lifetime rather than per request, so the homepage stays cacheable. */
export async function loadFeaturedStory(): Promise<StoryTeaser | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(successStoriesTags.successStories);
  return getFeaturedStory();
}

/** StoryList: the latest published stories and every category. */
export async function loadStoryList(): Promise<{ stories: StoryListItem[]; categories: StoryCategoryLink[] }> {
  "use cache";
  cacheLife("hours");
  cacheTag(successStoriesTags.successStories);
  const stories = await listLatestStories();
  cacheTag(...storyCompanyTags(stories));
  return { stories, categories: await listStoryCategories() };
}

export async function loadStorySlugs(): Promise<string[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(successStoriesTags.successStories);
  return listPublishedStorySlugs();
}

async function publishedStory(
  slug: string,
): Promise<{ story: StoryDetail; categories: StoryCategoryLink[] } | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(successStoriesTags.successStories);
  const story = await getStoryBySlug(slug);
  if (!story?.isPublished) return null;
  cacheTag(...storyCompanyTags([story]));
  return { story, categories: await listStoryCategories() };
}

/**
 * StoryDetail: a published story and every category, or 404. A draft is a 404 here for everyone
 * (the page is cached for all visitors); staff read drafts in the admin's preview.
 */
export async function loadStory(slug: string) {
  const found = await publishedStory(slug);
  if (!found) notFound();
  return found;
}

async function categoryPage(
  slug: string,
): Promise<{ category: CategoryWithStories; categories: StoryCategoryLink[] } | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(successStoriesTags.successStories);
  const category = await getCategoryWithStories(slug);
  if (category) cacheTag(...storyCompanyTags(category.stories));
  return category && { category, categories: await listStoryCategories() };
}

/** StoryListCategory: a category with its published stories, or 404. */
export async function loadStoryCategory(slug: string) {
  const found = await categoryPage(slug);
  if (!found) notFound();
  return found;
}

/** The submission form's category choices. */
export async function loadStoryCategories(): Promise<StoryCategoryLink[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(successStoriesTags.successStories);
  return listStoryCategories();
}
