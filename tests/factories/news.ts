/** Demo news feed entries, success stories, homepage code samples and a banner. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

export const BLOG_ENTRIES = [
  { title: "Python 3.14.0 is now available", days: 46, slug: "python-3140-final" },
  { title: "Python 3.13.9 maintenance release", days: 39, slug: "python-3139" },
  { title: "The first alpha of Python 3.15 is out", days: 39, slug: "python-3150a1" },
  { title: "Security fixes for 3.9 through 3.12", days: 52, slug: "security-releases" },
  { title: "Core sprint recap", days: 70, slug: "core-sprint-recap" },
  { title: "Call for proposals: language summit", days: 90, slug: "language-summit-cfp" },
];

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

const SAMPLES = [
  {
    code: "# Lists grow as you need\ncolours = ['red', 'green']\ncolours.append('blue')\nprint(len(colours))  # 3",
    copy: "<h3>Compound data types</h3><p>Lists, dictionaries and sets are built in, and they come with methods for the everyday jobs.</p>",
  },
  {
    code: "# Loop over anything iterable\nfor word in 'spam eggs ham'.split():\n    print(word.upper())",
    copy: "<h3>Familiar control flow</h3><p>for and while loops, if and match statements read the way you would say them.</p>",
  },
  {
    code: "def greet(name='world'):\n    return f'Hello, {name}!'\n\nprint(greet('Python'))",
    copy: "<h3>Functions</h3><p>Define functions with default and keyword arguments; f-strings format the results.</p>",
  },
  {
    code: ">>> 17 / 4\n4.25\n>>> 17 // 4\n4\n>>> 2 ** 10\n1024",
    copy: "<h3>Interactive arithmetic</h3><p>The interpreter works as a calculator; operators behave as you expect.</p>",
  },
  {
    code: "name = input('Your name? ')\nprint('Nice to meet you,', name)",
    copy: "<h3>Quick to learn</h3><p>A useful program fits in two lines, with no ceremony around it.</p>",
  },
];

function escape(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export async function seedNews(db: PrismaClient, creatorId: number | null, now = new Date()) {
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
  if ((await db.codeSample.count()) === 0) {
    for (const s of SAMPLES) {
      const code = `<pre><code>${escape(s.code)}</code></pre>`;
      await db.codeSample.create({
        data: {
          isPublished: true,
          creatorId,
          code,
          codeMarkupType: "html",
          codeRendered: renderMarkup(code, "html"),
          copy: s.copy,
          copyMarkupType: "html",
          copyRendered: renderMarkup(s.copy, "html"),
        },
      });
    }
  }
  if ((await db.banner.count()) === 0) {
    await db.banner.create({
      data: {
        title: "Read more",
        message: "The PSF's annual member election opens soon.",
        link: "/nominations/",
        active: false,
        psfPagesOnly: true,
      },
    });
  }
}
