import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Issue #16: companies have a cache tag, and changing a company revalidates the stories that show
// it. The story loaders run with Next's cache functions recording their tags; the company
// mutations run as they do outside a request, where Next refuses and the tags go to the shared
// Redis tag store every server reads (lib/platform/cdn/revalidate.ts).
const recorded = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("next/cache", () => {
  const outside = () => {
    throw new Error("Invariant: static generation store missing");
  };
  return {
    cacheLife: () => undefined,
    cacheTag: (...tags: string[]) => recorded.tags.push(...tags),
    revalidateTag: outside,
    updateTag: outside,
    revalidatePath: outside,
  };
});

const { db } = await import("@/lib/platform/db");
const { getRedis, closeRedis } = await import("@/lib/platform/redis");
const { DEFAULT_PREFIX } = await import("@/cache-handlers/redis-shared.mjs");
const { companiesTags } = await import("@/lib/companies/constants");
const { createCompany, deleteCompany, updateCompany } = await import("@/lib/companies/mutations");
const { loadStory, loadStoryCategory, loadStoryList } = await import("./loaders");

const stamp = `h4co${Date.now()}`;
const ids = { category: 0, company: 0, story: 0 };
const company = (name: string) => ({
  name,
  slug: "",
  about: "",
  aboutMarkupType: "markdown" as const,
  contact: null,
  email: null,
  url: "https://example.org/",
  logo: null,
  removeLogo: false,
});
const expiredAt = async (tag: string) =>
  Number((await getRedis()!.hget(`${DEFAULT_PREFIX}tags:expired`, tag)) ?? 0);

beforeAll(async () => {
  ids.category = (await db.storyCategory.create({ data: { name: `Cat ${stamp}`, slug: `cat-${stamp}` } })).id;
  ids.company = (await createCompany(company(`Company ${stamp}`))).id;
  ids.story = (
    await db.story.create({
      data: {
        name: `Story ${stamp}`,
        slug: `story-${stamp}`,
        companyName: "Old name",
        companyUrl: "https://example.org/",
        categoryId: ids.category,
        companyId: ids.company,
        author: "Ada",
        pullQuote: "Quote.",
        content: "Text.",
        contentRendered: "<p>Text.</p>",
        isPublished: true,
        // The newest story of all, so /success-stories/ shows it.
        created: new Date(Date.now() + 60_000),
      },
    })
  ).id;
});
afterAll(async () => {
  await db.story.deleteMany({ where: { id: ids.story } });
  await db.company.deleteMany({ where: { id: ids.company } });
  await db.storyCategory.deleteMany({ where: { id: ids.category } });
  await db.$disconnect();
  await closeRedis();
});

describe("a company's cache tag", () => {
  it("is the tag of every story page that shows the company: the story, the list and its category", async () => {
    const tag = companiesTags.company(ids.company);
    for (const load of [
      () => loadStory(`story-${stamp}`),
      () => loadStoryList(),
      () => loadStoryCategory(`cat-${stamp}`),
    ]) {
      recorded.tags.length = 0;
      await load();
      expect(recorded.tags).toEqual(expect.arrayContaining(["success-stories", tag]));
    }
    expect((await loadStory(`story-${stamp}`)).story.companyName).toBe(`Company ${stamp}`);
  });

  it("is revalidated (with the companies tag) when the company changes or goes", async () => {
    const tag = companiesTags.company(ids.company);
    const before = Date.now();
    await updateCompany(ids.company, company(`Renamed ${stamp}`));
    expect(await expiredAt(tag)).toBeGreaterThanOrEqual(before);
    expect(await expiredAt(companiesTags.companies)).toBeGreaterThanOrEqual(before);

    const beforeDelete = Date.now();
    await deleteCompany(ids.company);
    expect(await expiredAt(tag)).toBeGreaterThanOrEqual(beforeDelete);
    expect((await loadStory(`story-${stamp}`)).story.companyName).toBe("Old name");
  });
});
