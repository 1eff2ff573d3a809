import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { getCategoryWithStories, getFeaturedStory, getStoryBySlug, listLatestStories } from "./data";
import { deleteStory, setStoryFlags, submitStory } from "./mutations";
import { storyInputSchema } from "./schema";

// Django's apps/successstories tests (§8.6) as acceptance checks, on rows of our own.
const stamp = `t${Date.now()}`;
let categoryId = 0;
let userId = 0;
const made: number[] = [];

const input = (name: string, extra: Partial<Record<string, unknown>> = {}) =>
  storyInputSchema.parse({
    name,
    companyName: "Test Company",
    companyUrl: "https://example.org/test",
    categoryId,
    author: "Test Author",
    authorEmail: `author.${stamp}@example.org`,
    pullQuote: "A quote.",
    content: "Some *content*.",
    contentMarkupType: "markdown",
    ...extra,
  });

beforeAll(async () => {
  categoryId = (
    await db.storyCategory.create({ data: { name: `Category ${stamp}`, slug: `category-${stamp}` }, select: { id: true } })
  ).id;
  userId = (
    await db.user.create({
      data: { username: `submitter-${stamp}`, email: `submitter.${stamp}@example.org`, password: "!" },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await db.story.deleteMany({ where: { id: { in: made } } });
  await db.storyCategory.delete({ where: { id: categoryId } });
  await db.emailLog.deleteMany({ where: { subject: { contains: stamp } } });
  await db.emailLog.deleteMany({ where: { toAddrs: { has: `submitter.${stamp}@example.org` } } });
  await db.user.delete({ where: { id: userId } });
});

describe("submitting a story (StoryCreate)", () => {
  it("saves a draft with submitted_by set and no creator, and mails the PSF staff with reply-to the author", async () => {
    const row = await submitStory(input(`First story ${stamp}`), null, userId);
    made.push(row.id);
    const story = await db.story.findUniqueOrThrow({ where: { id: row.id } });
    expect(story).toMatchObject({ isPublished: false, creatorId: null, submittedById: userId, slug: `first-story-${stamp}` });
    expect(story.contentRendered).toContain("<em>content</em>");
    const mails = await db.emailLog.findMany({ where: { subject: `New success story submission: First story ${stamp}` } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddrs).toEqual(["psf-staff@python.org"]);
    expect(mails[0]!.replyTo).toBe(`author.${stamp}@example.org`);
    expect(mails[0]!.text).toMatch(/Company name: Test Company[\s\S]*Review: \S+\/admin\/success-stories\/\d+\//);
  });

  it('refuses a name already used, or one whose slug is taken: "Please use a unique name."', async () => {
    for (const name of [`First story ${stamp}`, `first STORY ${stamp}`, `First story! ${stamp}`])
      await expect(submitStory(input(name), null, userId)).rejects.toMatchObject({
        fields: { name: ["Please use a unique name."] },
      });
  });

  it("puts only the first line of a multi-line name in the subject; long names are fine", async () => {
    const row = await submitStory(input(`Line one ${stamp}\nline two`), null, userId);
    made.push(row.id);
    expect(await db.emailLog.count({ where: { subject: `New success story submission: Line one ${stamp}` } })).toBe(1);
    const long = `${stamp} ${"long ".repeat(40)}`.slice(0, 200);
    made.push((await submitStory(input(long), null, userId)).id);
  });

  it("refuses NUL characters", () => {
    const parsed = storyInputSchema.safeParse({ ...input(`NUL ${stamp}`), pullQuote: "a\u0000b" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("Null characters are not allowed.");
  });
});

describe("published, draft and featured stories", () => {
  it("drafts are kept out of the list, the category and the featured pick; publishing mails the submitter", async () => {
    const row = await submitStory(input(`Published later ${stamp}`), null, userId);
    made.push(row.id);
    expect((await getStoryBySlug(row.slug))!.isPublished).toBe(false);
    expect((await getCategoryWithStories(`category-${stamp}`))!.stories).toEqual([]);

    await setStoryFlags(row.id, { isPublished: true, featured: true }, null);
    const category = await getCategoryWithStories(`category-${stamp}`);
    expect(category!.stories.map((s) => s.slug)).toEqual([row.slug]);
    expect((await listLatestStories(50)).map((s) => s.slug)).toContain(row.slug);
    const mail = await db.emailLog.findFirst({ where: { toAddrs: { has: `submitter.${stamp}@example.org` } } });
    expect(mail!.subject).toBe("Your success story is published on python.org");
    expect(mail!.text).toContain(`/success-stories/${row.slug}/`);
    // A second publish sends nothing more.
    await setStoryFlags(row.id, { isPublished: true }, null);
    expect(await db.emailLog.count({ where: { toAddrs: { has: `submitter.${stamp}@example.org` } } })).toBe(1);

    // random_featured: only published, featured stories (seed 0..1 picks by offset).
    for (const seed of [0, 0.5, 0.999]) {
      const pick = await getFeaturedStory(seed);
      const row2 = await db.story.findUniqueOrThrow({ where: { slug: pick!.slug } });
      expect(row2).toMatchObject({ isPublished: true, featured: true });
    }
    await setStoryFlags(row.id, { isPublished: false }, null);
    expect((await getCategoryWithStories(`category-${stamp}`))!.stories).toEqual([]);
  });

  it("a category lists its stories newest first", async () => {
    const a = await submitStory(input(`Older ${stamp}`), null, userId);
    const b = await submitStory(input(`Newer ${stamp}`), null, userId);
    made.push(a.id, b.id);
    await db.story.update({ where: { id: a.id }, data: { created: new Date(Date.now() - 86_400_000) } });
    for (const id of [a.id, b.id]) await setStoryFlags(id, { isPublished: true }, null);
    expect((await getCategoryWithStories(`category-${stamp}`))!.stories.map((s) => s.slug)).toEqual([b.slug, a.slug]);
    await deleteStory(a.id);
    expect(await db.story.findUnique({ where: { id: a.id } })).toBeNull();
  });
});
