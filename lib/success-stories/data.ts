import "server-only";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import { LATEST_STORIES } from "./constants";
import type { CategoryWithStories, StoryCategoryLink, StoryDetail, StoryListItem, StoryTeaser } from "./types";

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

const listSelect = {
  id: true,
  name: true,
  slug: true,
  author: true,
  companyName: true,
  pullQuote: true,
  created: true,
  companyId: true,
  category: { select: { id: true, name: true, slug: true } },
  company: { select: { name: true } },
} as const;

type ListRow = {
  id: number;
  name: string;
  slug: string;
  author: string;
  companyName: string;
  pullQuote: string;
  created: Date;
  companyId: number | null;
  category: StoryCategoryLink;
  company: { name: string } | null;
};

// models.py get_company_name: the linked company's name first.
const toListItem = ({ company, ...row }: ListRow): StoryListItem => ({
  ...row,
  companyName: company?.name || row.companyName,
});

// Story.Meta ordering "-created" (id breaks ties, so the order is stable).
const newestFirst = [{ created: "desc" as const }, { id: "desc" as const }];

/** StoryQuerySet.latest(): the newest published stories (the /success-stories/ page). */
export async function listLatestStories(limit = LATEST_STORIES): Promise<StoryListItem[]> {
  const rows = await db.story.findMany({
    where: { isPublished: true },
    orderBy: newestFirst,
    take: limit,
    select: listSelect,
  });
  return rows.map(toListItem);
}

/** StoryCategory.Meta ordering "name": every category (the sidebar and the menu). */
export async function listStoryCategories(): Promise<StoryCategoryLink[]> {
  return db.storyCategory.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, slug: true } });
}

/** A category and its published stories, newest first; null when there is no such category. */
export async function getCategoryWithStories(slug: string): Promise<CategoryWithStories | null> {
  const row = await db.storyCategory.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      stories: { where: { isPublished: true }, orderBy: newestFirst, select: listSelect },
    },
  });
  return row && { id: row.id, name: row.name, slug: row.slug, stories: row.stories.map(toListItem) };
}

const detailSelect = {
  ...listSelect,
  companyUrl: true,
  contentRendered: true,
  image: true,
  isPublished: true,
  featured: true,
  company: { select: { name: true, slug: true, url: true, logo: true, aboutRendered: true } },
} as const;

/** One story by slug, published or not (callers decide who sees a draft). */
export async function getStoryBySlug(slug: string): Promise<StoryDetail | null> {
  const row = await db.story.findUnique({ where: { slug }, select: detailSelect });
  return row && toDetail(row);
}

/** One story by id, published or not (the admin's preview). */
export async function getStoryById(id: number): Promise<StoryDetail | null> {
  const row = await db.story.findUnique({ where: { id }, select: detailSelect });
  return row && toDetail(row);
}

type DetailRow = Omit<ListRow, "company"> & {
  companyUrl: string;
  contentRendered: string;
  image: string | null;
  isPublished: boolean;
  featured: boolean;
  company: { name: string; slug: string; url: string | null; logo: string | null; aboutRendered: string } | null;
};

function toDetail({ company, contentRendered, image, ...row }: DetailRow): StoryDetail {
  return {
    ...row,
    // models.py get_company_name / get_company_url: the linked company first.
    companyName: company?.name || row.companyName,
    companyUrl: company?.url || row.companyUrl,
    contentHtml: contentRendered,
    imageUrl: image ? storage().url(image) : null,
    company: company && {
      name: company.name,
      slug: company.slug,
      url: company.url,
      logoUrl: company.logo ? storage().url(company.logo) : null,
      aboutHtml: company.aboutRendered,
    },
  };
}

/** Slugs of the published stories (prerendered at build time). */
export async function listPublishedStorySlugs(): Promise<string[]> {
  const rows = await db.story.findMany({ where: { isPublished: true }, select: { slug: true } });
  return rows.map((r) => r.slug);
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
