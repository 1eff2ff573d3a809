/**
 * Reads the generated boxes and the PSF landing need from other domains that those domains do
 * not offer yet (a composition root may read any table). Explicit selects, server-only.
 */
import "server-only";
import { db } from "@/lib/platform/db";

/** apps/blogs/parser.py update_blog_supernav: the Python Insider feed's newest entry. */
export const PYTHON_BLOG_FEED_URL = "https://blog.python.org/feeds/posts/default?alt=rss";

export type LatestBlogEntry = { title: string; summary: string; url: string; pubDate: Date };

export async function getLatestPythonBlogEntry(): Promise<LatestBlogEntry | null> {
  return db.blogEntry.findFirst({
    where: { feed: { feedUrl: PYTHON_BLOG_FEED_URL } },
    orderBy: [{ pubDate: "desc" }, { id: "desc" }],
    select: { title: true, summary: true, url: true, pubDate: true },
  });
}

export type SupernavStory = {
  name: string;
  slug: string;
  author: string;
  pullQuote: string;
  companyName: string;
  companyUrl: string;
};

/**
 * apps/successstories/models.py update_successstories_supernav writes the box when a published,
 * featured story is saved: the box shows the last one saved, so the newest `updated` wins here.
 */
export async function getSupernavStory(): Promise<SupernavStory | null> {
  const row = await db.story.findFirst({
    where: { isPublished: true, featured: true },
    orderBy: [{ updated: "desc" }, { id: "desc" }],
    select: {
      name: true,
      slug: true,
      author: true,
      pullQuote: true,
      companyName: true,
      companyUrl: true,
      company: { select: { name: true, url: true } },
    },
  });
  if (!row) return null;
  // models.py get_company_name / get_company_url: the linked company first.
  const { company, ...story } = row;
  return {
    ...story,
    companyName: company?.name || story.companyName,
    companyUrl: company?.url || story.companyUrl,
  };
}

export type FeedListEntry = { id: number; title: string; url: string; pubDate: Date };

/** apps/blogs templatetags feed_list: the newest entries of a feed aggregate's feeds. */
export async function listAggregateEntries(slug: string, limit = 5): Promise<FeedListEntry[]> {
  return db.blogEntry.findMany({
    where: { feed: { aggregates: { some: { feedAggregate: { slug } } } } },
    orderBy: [{ pubDate: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, url: true, pubDate: true },
  });
}
