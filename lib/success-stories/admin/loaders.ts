import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { storage } from "@/lib/platform/storage";
import { getStoryById, listStoryCategories } from "@/lib/success-stories/data";
import { STORY_LIST_SPEC, storiesSection } from "./constants";
import { countStoriesAwaitingReview, getAdminStory, listAdminStories, listCategoryOptions, listCompanyOptions } from "./data";

export async function loadAdminStoryList(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/success-stories/", storiesSection);
  const params = parseListParams(raw, STORY_LIST_SPEC);
  return { params, awaiting: await countStoriesAwaitingReview(), ...(await listAdminStories(params)) };
}

/** One story's change form with the category and company choices; 404 when it is gone. */
export async function loadAdminStory(id: string) {
  await requireAdmin(`/admin/success-stories/${id}/`, storiesSection);
  const story = dbId(id) === null ? null : await getAdminStory(dbId(id)!);
  if (!story) notFound();
  const [categories, companies] = await Promise.all([listCategoryOptions(), listCompanyOptions()]);
  return { story, categories, companies, imageUrl: story.image ? storage().url(story.image) : null };
}

/**
 * The story as visitors will see it, drafts included (StoryDetail shows drafts to staff; our
 * public page is cached for everyone, so the preview lives here). Rendered per request.
 */
export async function loadStoryPreview(id: string) {
  await requireAdmin(`/admin/success-stories/${id}/preview/`, storiesSection);
  const story = dbId(id) === null ? null : await getStoryById(dbId(id)!);
  if (!story) notFound();
  return { story, categories: await listStoryCategories() };
}
