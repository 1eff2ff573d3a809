/** Demo news (apps/blogs): the Python Insider feed and its entries, the PSF news aggregate, a related blog. */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const BLOG_ENTRIES = [
  { title: "Python 3.14.0 is now available", days: 46, slug: "python-3140-final" },
  { title: "Python 3.13.9 maintenance release", days: 39, slug: "python-3139" },
  { title: "The first alpha of Python 3.15 is out", days: 39, slug: "python-3150a1" },
  { title: "Security fixes for 3.9 through 3.12", days: 52, slug: "security-releases" },
  { title: "Core sprint recap", days: 70, slug: "core-sprint-recap" },
  { title: "Call for proposals: language summit", days: 90, slug: "language-summit-cfp" },
];

export async function seedBlogs(db: PrismaClient, now = new Date()) {
  const feed =
    (await db.feed.findFirst({
      where: { feedUrl: "https://blog.python.org/feeds/posts/default?alt=rss" },
    })) ??
    (await db.feed.create({
      data: {
        name: "Python Insider",
        websiteUrl: "https://blog.python.org",
        feedUrl: "https://blog.python.org/feeds/posts/default?alt=rss",
      },
    }));
  for (const e of BLOG_ENTRIES) {
    const url = `https://blog.python.org/2025/${e.slug}.html`;
    await db.blogEntry.upsert({
      where: { url },
      update: {},
      create: {
        title: e.title,
        summary: `<p>${e.title}.</p>`,
        pubDate: new Date(now.getTime() - e.days * 86_400_000),
        url,
        feedId: feed.id,
      },
    });
  }
}

/** The PSF news aggregate over the first feed, and Planet Python as a related blog. */
export async function seedFeedAggregates(db: PrismaClient, staff: number | null) {
  const feed = await db.feed.findFirst({ select: { id: true } });
  await db.feedAggregate.upsert({
    where: { slug: "psf-news" },
    update: {},
    create: {
      name: "PSF news",
      slug: "psf-news",
      description: "News from the Python Software Foundation.",
      ...(feed ? { feeds: { create: [{ feedId: feed.id }] } } : {}),
    },
  });
  if ((await db.relatedBlog.count()) === 0) {
    await db.relatedBlog.create({
      data: {
        name: "Planet Python",
        feedUrl: "https://planetpython.org/rss20.xml",
        blogUrl: "https://planetpython.org/",
        blogName: "Planet Python",
        creatorId: staff,
      },
    });
  }
}
