/** Demo success stories and their categories (apps/successstories), in our own words. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

export const STORY_CATEGORIES = [
  { name: "Education", slug: "education" },
  { name: "Engineering", slug: "engineering" },
  { name: "Scientific", slug: "scientific" },
];

export const STORIES = [
  {
    name: "Teaching a first programming course",
    slug: "teaching-first-course",
    category: "education",
    companyName: "Riverside Community College",
    author: "Dana Teacher",
    pullQuote: "Students wrote working programs in the first week, which kept them coming back.",
    featured: true,
  },
  {
    name: "Automating a wind farm's maintenance schedule",
    slug: "wind-farm-maintenance",
    category: "engineering",
    companyName: "Northwind Energy",
    author: "Lee Engineer",
    pullQuote: "A small Python service replaced three spreadsheets and a lot of late nights.",
    featured: true,
  },
  {
    name: "Processing telescope images overnight",
    slug: "telescope-images",
    category: "scientific",
    companyName: "Ridge Observatory",
    author: "Sam Astronomer",
    pullQuote: "The whole reduction pipeline is Python, from raw frames to the published catalogue.",
    featured: false,
  },
];

export async function seedSuccessStories(db: PrismaClient, creatorId: number | null) {
  const categoryIds = new Map<string, number>();
  for (const c of STORY_CATEGORIES) {
    const row = await db.storyCategory.upsert({ where: { slug: c.slug }, update: {}, create: c });
    categoryIds.set(c.slug, row.id);
  }
  for (const s of STORIES) {
    const body = `<p>${s.pullQuote}</p><p>${s.companyName} shared how the team adopted Python and what they learned along the way.</p>`;
    await db.story.upsert({
      where: { slug: s.slug },
      update: {},
      create: {
        name: s.name,
        slug: s.slug,
        companyName: s.companyName,
        companyUrl: "https://example.org/",
        author: s.author,
        pullQuote: s.pullQuote,
        featured: s.featured,
        isPublished: true,
        categoryId: categoryIds.get(s.category)!,
        content: body,
        contentMarkupType: "html",
        contentRendered: renderMarkup(body, "html"),
        creatorId,
      },
    });
  }
}
