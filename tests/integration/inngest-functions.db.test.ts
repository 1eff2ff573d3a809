import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it } from "vitest";
import { syncSearchDocumentJob } from "@/inngest/functions/search";
import { db } from "@/lib/platform/db";

// The served Inngest functions, executed by @inngest/test against the real database.
afterAll(() => db.$disconnect());

describe("search-sync-document (Inngest)", () => {
  it("indexes a published page and removes it once unpublished", async () => {
    const page = await db.page.create({
      data: {
        path: `inngest-test-${Date.now()}`,
        title: "Quokka handbook",
        contentRendered: "<p>quokka facts</p>",
        isPublished: true,
      },
    });
    // A fresh engine per run: an engine remembers step results like one durable run would.
    const engine = () => new InngestTestEngine({ function: syncSearchDocumentJob.fn as never });
    const event = { name: "search/document.changed", data: { type: "page", objectId: String(page.id) } };

    const first = await engine().execute({ events: [event] as never });
    expect(first.result).toBe("indexed");
    expect(await db.searchDocument.count({ where: { type: "page", objectId: String(page.id) } })).toBe(1);

    await db.page.update({ where: { id: page.id }, data: { isPublished: false } });
    const second = await engine().execute({ events: [event] as never });
    expect(second.result).toBe("removed");
    expect(await db.searchDocument.count({ where: { type: "page", objectId: String(page.id) } })).toBe(0);
  });

  it("fails an unknown content type with a clear error", async () => {
    const t = new InngestTestEngine({ function: syncSearchDocumentJob.fn as never });
    const { error } = await t.execute({
      events: [{ name: "search/document.changed", data: { type: "nonsense", objectId: "1" } }] as never,
    });
    expect(String((error as Error)?.message ?? error)).toContain('Unknown search document type "nonsense"');
  });
});
