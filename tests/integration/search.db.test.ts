import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reindexAll, search, syncSearchDocument } from "@/lib/search";
import { seedAll } from "../factories";

// The PostgreSQL backend for real, over the seed.
const q = (text: string, extra: { types?: string[]; page?: number; perPage?: number } = {}) =>
  search({ q: text, page: 1, perPage: 10, ...extra });

let hiddenPageId = 0;

beforeAll(async () => {
  await seedAll(db, "search-test-password");
  const hidden = await db.page.upsert({
    where: { path: "search-test/draft" },
    update: { isPublished: false },
    create: {
      path: "search-test/draft",
      title: "Unpublished zebra draft",
      content: "zebra",
      contentRendered: "<p>zebra zebra</p>",
      isPublished: false,
    },
  });
  hiddenPageId = hidden.id;
  await db.page.upsert({
    where: { path: "search-test/xss" },
    update: {},
    create: {
      path: "search-test/xss",
      title: "Markup in text",
      content: "x",
      contentRendered: "<p>Some text shows &lt;script&gt;alert(1)&lt;/script&gt; literally.</p>",
      isPublished: true,
    },
  });
  await reindexAll();
});
afterAll(() => db.$disconnect());

describe("PostgreSQL search over the seed", () => {
  it("ranks a title match above body matches and marks the matched words", async () => {
    const r = await q("Software Foundation");
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits[0]!.title).toBe("About the PSF");
    expect(r.hits[0]!.snippetHtml).toContain("<mark>Software</mark>");
    expect(r.fuzzy).toBe(false);
  });

  it("counts matches per content type and filters by type", async () => {
    const all = await q("python");
    expect(Object.keys(all.facets).sort()).toEqual(expect.arrayContaining(["page", "release"]));
    expect(all.total).toBe(Object.values(all.facets).reduce((a, b) => a + b, 0));
    const releases = await q("python", { types: ["release"] });
    expect(releases.total).toBe(all.facets.release);
    expect(releases.hits.every((h) => h.type === "release")).toBe(true);
    expect(releases.facets).toEqual(all.facets);
  });

  it("pages through results", async () => {
    const first = await q("python", { types: ["release"], perPage: 3 });
    const second = await q("python", { types: ["release"], perPage: 3, page: 2 });
    expect(first.hits).toHaveLength(3);
    expect(second.hits[0]!.objectId).not.toBe(first.hits[0]!.objectId);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.objectId)).size).toBe(
      first.hits.length + second.hits.length,
    );
  });

  it("matches the last word as a prefix while typing", async () => {
    const r = await q("Founda");
    expect(r.hits.map((h) => h.title)).toContain("About the PSF");
  });

  it("tolerates a typo through trigram similarity", async () => {
    const r = await q("Pyhton");
    expect(r.fuzzy).toBe(true);
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits[0]!.title.toLowerCase()).toContain("python");
  });

  it("never indexes unpublished content, and removes content once it is unpublished", async () => {
    expect((await q("zebra")).total).toBe(0);
    await db.page.update({ where: { id: hiddenPageId }, data: { isPublished: true } });
    expect(await syncSearchDocument("page", String(hiddenPageId))).toBe("indexed");
    expect((await q("zebra")).total).toBe(1);
    await db.page.update({ where: { id: hiddenPageId }, data: { isPublished: false } });
    expect(await syncSearchDocument("page", String(hiddenPageId))).toBe("removed");
    expect((await q("zebra")).total).toBe(0);
  });

  it("escapes markup in snippets and marks only the matched word (AC-XSS-2)", async () => {
    const r = await q("alert", { types: ["page"] });
    const hit = r.hits.find((h) => h.title === "Markup in text")!;
    expect(hit.snippetHtml).toContain("&lt;script&gt;");
    expect(hit.snippetHtml).toContain("<mark>alert</mark>");
    expect(hit.snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("treats search syntax as text, never as SQL", async () => {
    await expect(q("'; DROP TABLE search_document; --")).resolves.toMatchObject({ page: 1 });
    await expect(q('"python release" -zebra OR docs')).resolves.toMatchObject({ page: 1 });
    expect(await db.searchDocument.count()).toBeGreaterThan(0);
  });
});
