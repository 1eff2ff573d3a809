import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST_STATUS } from "@/lib/community/constants";
import { db } from "@/lib/platform/db";
import { indexDocuments, removeDocuments, search, searchTags } from "@/lib/platform/search";
import { getRedis } from "@/lib/platform/redis";
import { reindexAll, syncSearchDocument } from "@/lib/site/search";
import { DEFAULT_PREFIX } from "../../cache-handlers/redis-shared.mjs";
import { seedAll } from "../factories";

// The PostgreSQL backend for real, over the seed plus a few rows made for these checks.
const q = (text: string, extra: { types?: string[]; page?: number; perPage?: number } = {}) =>
  search({ q: text, page: 1, perPage: 10, ...extra });
const DAY = 86_400_000;

const upsertPage = (path: string, title: string, html: string, isPublished = true) =>
  db.page.upsert({
    where: { path },
    update: { title, contentRendered: html, isPublished },
    create: { path, title, content: "x", contentRendered: html, isPublished },
  });

let draftPageId = 0;
let draftStoryId = 0;
let reviewJobId = 0;

beforeAll(async () => {
  await seedAll(db, "search-test-password");
  draftPageId = (
    await upsertPage("search-test/draft", "Unpublished zebra draft", "<p>zebra zebra</p>", false)
  ).id;
  await upsertPage(
    "search-test/xss",
    "Markup in text",
    "<p>Some text shows &lt;script&gt;alert(1)&lt;/script&gt; literally.</p>",
  );
  await upsertPage("search-test/quokka-title", "Quokka care", "<p>Feeding and housing.</p>");
  await upsertPage("search-test/quokka-body", "Marsupials", "<p>Among them a quokka or two.</p>");
  const category = await db.storyCategory.findFirstOrThrow();
  draftStoryId = (
    await db.story.upsert({
      where: { slug: "search-test-capybara" },
      update: { isPublished: false },
      create: {
        slug: "search-test-capybara",
        name: "Capybara logistics",
        companyName: "Capybara Freight",
        companyUrl: "https://example.org/",
        author: "Test Author",
        pullQuote: "Capybara routes planned in Python.",
        categoryId: category.id,
        isPublished: false,
      },
    })
  ).id;
  const jobCategory = await db.jobCategory.findFirstOrThrow();
  const existing = await db.job.findFirst({ where: { jobTitle: "Wombat wrangler" } });
  reviewJobId = (
    existing
      ? await db.job.update({ where: { id: existing.id }, data: { status: "review", expires: null } })
      : await db.job.create({
          data: {
            jobTitle: "Wombat wrangler",
            companyName: "Burrow Ltd",
            city: "Hobart",
            country: "Australia",
            locationSlug: "hobart-australia",
            countrySlug: "australia",
            description: "x",
            descriptionRendered: "<p>Care for wombats with Python tooling.</p>",
            requirements: "x",
            email: "jobs@example.org",
            categoryId: jobCategory.id,
            status: "review",
          },
        })
  ).id;
  await reindexAll();
});
afterAll(() => db.$disconnect());

describe("PostgreSQL search over the seed", () => {
  it("ranks a title match above a body match and marks the matched words", async () => {
    const r = await q("quokka");
    expect(r.hits.map((h) => h.title)).toEqual(["Quokka care", "Marsupials"]);
    expect(r.hits[0]!.score).toBeGreaterThan(r.hits[1]!.score);
    expect(r.hits[1]!.snippetHtml).toContain("<mark>quokka</mark>");
    expect(r).toMatchObject({ fuzzy: false, correctedQuery: null });
  });

  it("indexes every content type with its public URL", async () => {
    const all = await q("python", { perPage: 50 });
    expect(Object.keys(all.facets)).toEqual(
      expect.arrayContaining(["page", "release", "news", "event", "job", "story"]),
    );
    const event = (await q("PyCon Harbour", { types: ["event"] })).hits[0]!;
    expect(event.url).toMatch(/^\/events\/python-events\/\d+\/$/);
    const stories = await q("telescope", { types: ["story"] });
    expect(stories.hits[0]!.url).toMatch(/^\/success-stories\/[a-z0-9-]+\/$/);
    const release = (await q("python", { types: ["release"] })).hits[0]!;
    expect(release.url).toMatch(/^\/downloads\/release\/python-\d+[a-z0-9]*\/$/);
  });

  it("indexes visible jobs only: approved and not expired", async () => {
    // The seed has jobs in every status; only approved, unexpired ones may be found.
    const jobs = await q("python", { types: ["job"], perPage: 50 });
    expect(jobs.hits.length).toBeGreaterThan(0);
    const visible = await db.job.findMany({
      where: { status: "approved", expires: { gte: new Date() } },
      select: { id: true },
    });
    const visibleIds = new Set(visible.map((j) => String(j.id)));
    expect(jobs.hits.filter((h) => !visibleIds.has(h.objectId))).toEqual([]);
    // "Backend Developer" waits for review and "Django Developer" is a draft in the seed.
    const hidden = await q("backend developer", { types: ["job"], perPage: 50 });
    expect(hidden.hits.map((h) => h.title)).not.toContain("Backend Developer");
    expect(jobs.hits[0]!.url).toMatch(/^\/jobs\/\d+\/$/);
  });

  it("counts matches per content type, before the type filter, and filters by type", async () => {
    const all = await q("python");
    expect(all.total).toBe(Object.values(all.facets).reduce((a, b) => a + b, 0));
    const releases = await q("python", { types: ["release"] });
    expect(releases.total).toBe(all.facets.release);
    expect(releases.hits.every((h) => h.type === "release")).toBe(true);
    expect(releases.facets).toEqual(all.facets);
    const two = await q("python", { types: ["release", "story"] });
    expect(two.total).toBe(all.facets.release! + all.facets.story!);
    // A filter that hides every match keeps the counts, and is not "corrected" by typo tolerance.
    const none = await q("quokka", { types: ["job"] });
    expect(none).toMatchObject({ total: 0, hits: [], fuzzy: false, facets: { page: 2 } });
  });

  it("pages through results without repeating a hit", async () => {
    const first = await q("python", { types: ["release"], perPage: 3 });
    const second = await q("python", { types: ["release"], perPage: 3, page: 2 });
    expect(first.hits).toHaveLength(3);
    expect(second).toMatchObject({ page: 2, perPage: 3, total: first.total });
    const ids = [...first.hits, ...second.hits].map((h) => h.objectId);
    expect(new Set(ids).size).toBe(first.hits.length + second.hits.length);
    const beyond = await q("python", { types: ["release"], perPage: 3, page: 50 });
    expect(beyond.hits).toEqual([]);
  });

  it("matches the last word as a prefix while typing", async () => {
    const r = await q("pyth");
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits[0]!.title.toLowerCase()).toContain("python");
    expect((await q("Software Founda")).hits[0]!.title).toBe("Python Software Foundation");
  });

  it("tolerates a typo by correcting it against title words (pg_trgm)", async () => {
    const exact = await q("python");
    const r = await q("pyhton");
    expect(r).toMatchObject({ fuzzy: true, correctedQuery: "python", total: exact.total });
    expect(r.facets).toEqual(exact.facets);
    expect(r.hits[0]!.title.toLowerCase()).toContain("python");
    expect(r.hits.some((h) => h.snippetHtml.includes("<mark>Python</mark>"))).toBe(true);
    expect(await q("Harbuor")).toMatchObject({ fuzzy: true, correctedQuery: "harbour" });
    expect(await q("qzxjv")).toMatchObject({ total: 0, fuzzy: false, correctedQuery: null });
  });

  it("never indexes unpublished content, and follows publish and unpublish", async () => {
    expect((await q("zebra")).total).toBe(0);
    expect((await q("capybara")).total).toBe(0);
    await db.page.update({ where: { id: draftPageId }, data: { isPublished: true } });
    expect(await syncSearchDocument("page", String(draftPageId))).toBe("indexed");
    expect((await q("zebra")).total).toBe(1);
    await db.page.update({ where: { id: draftPageId }, data: { isPublished: false } });
    expect(await syncSearchDocument("page", String(draftPageId))).toBe("removed");
    expect((await q("zebra")).total).toBe(0);

    await db.story.update({ where: { id: draftStoryId }, data: { isPublished: true } });
    expect(await syncSearchDocument("story", String(draftStoryId))).toBe("indexed");
    expect((await q("capybara")).hits[0]).toMatchObject({ type: "story", title: "Capybara logistics" });
    await db.story.update({ where: { id: draftStoryId }, data: { isPublished: false } });
    await syncSearchDocument("story", String(draftStoryId));
    expect((await q("capybara")).total).toBe(0);
  });

  it("shows a job once approved and drops it once expired", async () => {
    expect((await q("wombat")).total).toBe(0);
    const approve = { status: "approved" as const, expires: new Date(Date.now() + 30 * DAY) };
    await db.job.update({ where: { id: reviewJobId }, data: approve });
    expect(await syncSearchDocument("job", String(reviewJobId))).toBe("indexed");
    expect((await q("wombat")).hits[0]).toMatchObject({ type: "job", url: `/jobs/${reviewJobId}/` });
    await db.job.update({ where: { id: reviewJobId }, data: { expires: new Date(Date.now() - DAY) } });
    expect(await syncSearchDocument("job", String(reviewJobId))).toBe("removed");
    expect((await q("wombat")).total).toBe(0);
    expect(await syncSearchDocument("job", "not-a-number")).toBe("removed");
  });

  it("escapes markup in snippets and marks only the matched word (AC-XSS-2)", async () => {
    const r = await q("alert", { types: ["page"] });
    const hit = r.hits.find((h) => h.title === "Markup in text")!;
    expect(hit.snippetHtml).toContain("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;");
    expect(hit.snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    await indexDocuments([
      {
        type: "page",
        objectId: "999999",
        title: "Raw text <b>bold</b>",
        body: `Quoted: <script>alert(1)</script> & <img src=x onerror="alert(2)">`,
        url: "/raw/",
      },
    ]);
    const raw = (await q("alert onerror")).hits.find((h) => h.objectId === "999999")!;
    expect(raw.snippetHtml).toContain("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;");
    expect(raw.snippetHtml).toContain("&amp; &lt;img src=x <mark>onerror</mark>=&quot;");
    expect(raw.snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("treats search syntax as text, never as SQL", async () => {
    await expect(q("'; DROP TABLE search_document; --")).resolves.toMatchObject({ page: 1 });
    await expect(q('"python release" -zebra OR docs')).resolves.toMatchObject({ page: 1 });
    await expect(q("pyth:* & !x | (")).resolves.toMatchObject({ page: 1 });
    expect(await db.searchDocument.count()).toBeGreaterThan(0);
  });

  it("rebuilds everything and drops documents no source produces any more", async () => {
    await indexDocuments([{ type: "calendar", objectId: "1", title: "Retired type", body: "", url: "/x/" }]);
    const { byType, total } = await reindexAll();
    expect(byType).toEqual({
      page: await db.page.count({ where: { isPublished: true } }),
      release: await db.release.count({ where: { isPublished: true, showOnDownloadPage: true } }),
      news: await db.blogEntry.count(),
      event: await db.event.count(),
      job: await db.job.count({ where: { status: "approved", expires: { gte: new Date() } } }),
      story: await db.story.count({ where: { isPublished: true } }),
      community: await db.communityPost.count({ where: { status: POST_STATUS.public } }),
    });
    expect(await db.searchDocument.count()).toBe(total);
    expect(await db.searchDocument.count({ where: { type: "calendar" } })).toBe(0);
    expect(await db.searchDocument.count({ where: { objectId: "999999" } })).toBe(0);
  });
});

// Cached search pages and API answers carry the search tag (lib/site/search/loaders.ts): outside
// a request, each index write records it in the Redis tag store every server's cache reads.
describe("index writes and the cached results", () => {
  const staleAt = async () =>
    Number((await getRedis()!.hget(`${DEFAULT_PREFIX}tags:stale`, searchTags.results)) ?? 0);
  const doc = { type: "page", objectId: "999998", title: "Cache check", body: "numbat", url: "/numbat/" };

  it("mark the search tag stale on every upsert, removal and rebuild", async () => {
    for (const write of [
      () => indexDocuments([doc]),
      () => removeDocuments([doc]),
      () => syncSearchDocument("page", String(draftPageId)),
      () => reindexAll(),
    ]) {
      const before = await staleAt();
      await new Promise((r) => setTimeout(r, 2));
      await write();
      expect(await staleAt()).toBeGreaterThan(before);
    }
  });
});
