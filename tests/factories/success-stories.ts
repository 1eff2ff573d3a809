/** Demo success stories and their categories (apps/successstories), in our own words. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";
import { seedCompanies } from "./companies";

/** Every category the seeded "Success Stories" menu links (tests/factories/navigation.ts). */
export const STORY_CATEGORIES = [
  { name: "Arts", slug: "arts" },
  { name: "Business", slug: "business" },
  { name: "Education", slug: "education" },
  { name: "Engineering", slug: "engineering" },
  { name: "Government", slug: "government" },
  { name: "Scientific", slug: "scientific" },
  { name: "Software Development", slug: "software-development" },
];

type SeedStory = {
  name: string;
  slug: string;
  category: string;
  companyName: string;
  companySlug?: string;
  author: string;
  pullQuote: string;
  featured: boolean;
  /** Markdown, as the submission form asks for. */
  body: string;
  days: number;
};

export const STORIES: SeedStory[] = [
  {
    name: "Teaching a first programming course",
    slug: "teaching-first-course",
    category: "education",
    companyName: "Riverside Community College",
    author: "Dana Okafor",
    pullQuote: "Students wrote working programs in the first week, which kept them coming back.",
    featured: true,
    days: 120,
    body: "Our introductory course used to lose a third of its students before the midterm. We moved it to Python two years ago.\n\nThe short, readable programs meant the first lab ended with something that *worked*: a quiz that asked three questions and kept score. By week four students were reading files and drawing charts of their own data.\n\n## What changed\n\n- Fewer syntax questions in office hours, more questions about the problem itself.\n- Students from other departments signed up, because the examples came from their fields.\n- The second-year courses now assume Python and go further.",
  },
  {
    name: "Automating a wind farm's maintenance schedule",
    slug: "wind-farm-maintenance",
    category: "engineering",
    companyName: "Northwind Energy",
    companySlug: "northwind-energy",
    author: "Lee Engineer",
    pullQuote: "A small Python service replaced three spreadsheets and a lot of late nights.",
    featured: true,
    days: 95,
    body: "Each turbine reports vibration, temperature and output every ten minutes. The maintenance plan lived in three spreadsheets that two people updated by hand.\n\nWe wrote a Python service that reads the telemetry, flags turbines whose vibration trends upward and proposes a visit before the next calm-weather window. The crews get the plan on their phones each morning.\n\nUnplanned stops fell by a quarter in the first winter, and nobody has opened the spreadsheets since.",
  },
  {
    name: "Processing telescope images overnight",
    slug: "telescope-images",
    category: "scientific",
    companyName: "Ridge Observatory",
    author: "Sam Astronomer",
    pullQuote: "The whole reduction pipeline is Python, from raw frames to the published catalogue.",
    featured: false,
    days: 80,
    body: "Every clear night produces a few hundred gigabytes of raw frames. By morning they are calibrated, stacked and matched against the catalogue, and any new transient is posted to the alert network.\n\nThe pipeline is a set of small Python programs built on NumPy and Astropy, scheduled by a queue that restarts anything that fails. Graduate students add steps without asking the one person who wrote the first version.",
  },
  {
    name: "Generative prints for a gallery show",
    slug: "generative-gallery-prints",
    category: "arts",
    companyName: "Studio Halvorsen",
    author: "Ines Halvorsen",
    pullQuote: "I sketch with code now: each print is a Python script and a seed I liked.",
    featured: false,
    days: 60,
    body: "For my last exhibition I printed forty large works, each drawn by a short Python script. I tune the parameters in a notebook, save the seeds I like, and render the final files at print resolution overnight.\n\nPython let me keep the whole process in one place, from the first experiment to the file the print shop receives.",
  },
  {
    name: "Pricing a bakery chain's daily orders",
    slug: "bakery-daily-orders",
    category: "business",
    companyName: "Crumb & Co.",
    author: "Priya Baker",
    pullQuote: "We throw away half as much bread, because the order now follows the weather and the calendar.",
    featured: true,
    days: 45,
    body: "Our twelve shops used to order the same amount every day. A Python script now looks at the last year of sales, the weather forecast and local events, and suggests tomorrow's order for each shop.\n\nManagers can still change the numbers, and the script learns from what actually sold. Waste dropped by half within three months.",
  },
  {
    name: "Publishing open data for a city council",
    slug: "city-open-data",
    category: "government",
    companyName: "Lakeside City Council",
    author: "Tomás Clerk",
    pullQuote: "Residents can download the same numbers the council reads, the same day.",
    featured: false,
    days: 30,
    body: "The council publishes budgets, bus punctuality and planning decisions as open data. Python scripts export them from the internal systems each night, check them for personal data and publish them as CSV and JSON.\n\nLocal journalists and a school coding club are among the regular users.",
  },
  {
    name: "Keeping a test suite fast as it grew",
    slug: "fast-test-suite",
    category: "software-development",
    companyName: "Tidewater Software",
    author: "Mei Developer",
    pullQuote: "Twelve thousand tests run in under four minutes, so people actually run them.",
    featured: false,
    days: 15,
    body: "Our product's test suite took forty minutes and developers stopped running it locally. We split it by what each test touches, ran the groups in parallel with pytest and replaced slow fixtures with factories.\n\nThe suite now finishes in under four minutes, and most changes run only the tests that matter to them before review.",
  },
];

export async function seedSuccessStories(db: PrismaClient, creatorId: number | null, now = new Date()) {
  await seedCompanies(db); // idempotent; the Northwind story links to it
  const categoryIds = new Map<string, number>();
  for (const c of STORY_CATEGORIES) {
    const row = await db.storyCategory.upsert({ where: { slug: c.slug }, update: {}, create: c });
    categoryIds.set(c.slug, row.id);
  }
  for (const s of STORIES) {
    const company = s.companySlug
      ? await db.company.findUnique({ where: { slug: s.companySlug }, select: { id: true } })
      : null;
    await db.story.upsert({
      where: { slug: s.slug },
      update: {},
      create: {
        name: s.name,
        slug: s.slug,
        created: new Date(now.getTime() - s.days * 86_400_000),
        companyName: s.companyName,
        companyUrl: `https://example.org/${s.slug}`,
        companyId: company?.id ?? null,
        author: s.author,
        pullQuote: s.pullQuote,
        featured: s.featured,
        isPublished: true,
        categoryId: categoryIds.get(s.category)!,
        content: s.body,
        contentMarkupType: "markdown",
        contentRendered: renderMarkup(s.body, "markdown"),
        creatorId,
      },
    });
  }
  // A draft waiting for review, so the moderation queue is never empty in a demo.
  await db.story.upsert({
    where: { slug: "draft-museum-audio-guide" },
    update: {},
    create: {
      name: "A museum audio guide on a Raspberry Pi",
      slug: "draft-museum-audio-guide",
      companyName: "Harbour Maritime Museum",
      companyUrl: "https://example.org/harbour-museum",
      author: "Oskar Curator",
      authorEmail: "oskar@example.org",
      pullQuote: "Visitors tap a card and the exhibit tells its own story.",
      isPublished: false,
      categoryId: categoryIds.get("arts")!,
      content: "We built the guide in a weekend with Python and a card reader.",
      contentMarkupType: "markdown",
      contentRendered: renderMarkup("We built the guide in a weekend with Python and a card reader.", "markdown"),
    },
  });
}
