import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createLocalStorage, type Storage } from "@/lib/platform/storage";
import { deletePage } from "@/lib/pages/mutations";
import { listPageAttachments } from "./data";
import { addPageAttachment, deletePageAttachment } from "./mutations";

const root = mkdtempSync(path.join(tmpdir(), "page-attachments-"));
const store = createLocalStorage(root);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
const PDF = new TextEncoder().encode("%PDF-1.4\nattachment test\n");

const pages: number[] = [];
async function makePage(suffix: string) {
  const page = await db.page.create({
    data: { title: "Attachment test", path: `attachments-test/${suffix}-${Date.now()}` },
    select: { id: true, path: true },
  });
  pages.push(page.id);
  return page;
}

afterAll(async () => {
  await db.page.deleteMany({ where: { id: { in: pages } } });
  rmSync(root, { recursive: true, force: true });
});

describe("page attachment mutations (PostgreSQL + local disk)", () => {
  it("stores an image at <page.path>/<name> and a document under files/, with their rows", async () => {
    const page = await makePage("store");
    const image = await addPageAttachment(
      { pageId: page.id, kind: "image", fileName: "Team Photo.PNG", data: PNG },
      store,
    );
    expect(image.key).toBe(`${page.path}/team-photo.png`);
    expect(image.url).toBe(`/media/${page.path}/team-photo.png`);
    expect(
      await db.pageImage.findUnique({ where: { id: image.id }, select: { image: true, pageId: true } }),
    ).toEqual({
      image: image.key,
      pageId: page.id,
    });
    const stored = await store.get(image.key);
    expect(stored?.contentType).toBe("image/png");

    const doc = await addPageAttachment(
      { pageId: page.id, kind: "document", fileName: "minutes.pdf", data: PDF },
      store,
    );
    expect(doc.key).toMatch(/^files\/minutes(-[0-9a-z]{6})?\.pdf$/);
    expect((await store.get(doc.key))?.contentType).toBe("application/pdf");

    const listed = await listPageAttachments(page.id);
    expect(listed?.attachments.map((a) => [a.kind, a.key])).toEqual([
      ["image", image.key],
      ["document", doc.key],
    ]);
  });

  it("gives a second file of the same name a suffixed key instead of overwriting", async () => {
    const page = await makePage("dupe");
    const a = await addPageAttachment(
      { pageId: page.id, kind: "image", fileName: "logo.png", data: PNG },
      store,
    );
    const b = await addPageAttachment(
      { pageId: page.id, kind: "image", fileName: "logo.png", data: PNG },
      store,
    );
    expect(a.key).toBe(`${page.path}/logo.png`);
    expect(b.key).toMatch(new RegExp(`^${page.path}/logo-[0-9a-z]{6}\\.png$`));
    expect(await store.exists(a.key)).toBe(true);
    expect(await store.exists(b.key)).toBe(true);
  });

  it("refuses SVG, HTML in disguise and oversized files with 415 / 413 on the file field, storing nothing", async () => {
    const page = await makePage("refuse");
    const svg = new TextEncoder().encode("<svg onload=alert(1)>");
    await expect(
      addPageAttachment({ pageId: page.id, kind: "image", fileName: "x.svg", data: svg }, store),
    ).rejects.toMatchObject({
      code: "unsupported_media_type",
      fields: { file: [expect.stringMatching(/SVG/)] },
    });
    const html = new TextEncoder().encode("<html><script>1</script>");
    await expect(
      addPageAttachment({ pageId: page.id, kind: "image", fileName: "x.png", data: html }, store),
    ).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG);
    await expect(
      addPageAttachment({ pageId: page.id, kind: "image", fileName: "big.png", data: big }, store),
    ).rejects.toMatchObject({
      code: "payload_too_large",
    });
    expect(await db.pageImage.count({ where: { pageId: page.id } })).toBe(0);
    expect(await store.exists(`${page.path}/x.png`)).toBe(false);
    expect(await store.exists(`${page.path}/big.png`)).toBe(false);
  });

  it("answers not_found for a page that does not exist", async () => {
    await expect(
      addPageAttachment({ pageId: 2_000_000_000, kind: "image", fileName: "a.png", data: PNG }, store),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("removes the stored file again when its row cannot be written", async () => {
    const page = await makePage("orphan");
    // The page disappears between the check and the insert: the foreign key refuses the row.
    const racing: Storage = {
      ...store,
      put: async (key, data, type) => {
        await store.put(key, data, type);
        await db.page.delete({ where: { id: page.id } });
      },
    };
    await expect(
      addPageAttachment({ pageId: page.id, kind: "image", fileName: "lost.png", data: PNG }, racing),
    ).rejects.toBeTruthy();
    expect(await store.exists(`${page.path}/lost.png`)).toBe(false);
  });

  it("deletes the row and the file; another page's id cannot delete it", async () => {
    const page = await makePage("delete");
    const other = await makePage("other");
    const image = await addPageAttachment(
      { pageId: page.id, kind: "image", fileName: "gone.png", data: PNG },
      store,
    );
    await expect(
      deletePageAttachment({ pageId: other.id, kind: "image", id: image.id }, store),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      deletePageAttachment({ pageId: page.id, kind: "document", id: image.id }, store),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await store.exists(image.key)).toBe(true);
    await deletePageAttachment({ pageId: page.id, kind: "image", id: image.id }, store);
    expect(await db.pageImage.findUnique({ where: { id: image.id } })).toBeNull();
    expect(await store.exists(image.key)).toBe(false);
  });

  it("keeps a file another row still points at (imported duplicates)", async () => {
    const page = await makePage("shared");
    const image = await addPageAttachment(
      { pageId: page.id, kind: "image", fileName: "shared.png", data: PNG },
      store,
    );
    const twin = await db.pageImage.create({
      data: { pageId: page.id, image: image.key },
      select: { id: true },
    });
    await deletePageAttachment({ pageId: page.id, kind: "image", id: twin.id }, store);
    expect(await store.exists(image.key)).toBe(true);
    await deletePageAttachment({ pageId: page.id, kind: "image", id: image.id }, store);
    expect(await store.exists(image.key)).toBe(false);
  });

  it("deleting the page deletes its files too", async () => {
    const page = await makePage("gone");
    const image = await addPageAttachment(
      { pageId: page.id, kind: "image", fileName: "a.png", data: PNG },
      store,
    );
    const doc = await addPageAttachment(
      { pageId: page.id, kind: "document", fileName: "a.pdf", data: PDF },
      store,
    );
    expect(await store.exists(image.key)).toBe(true);
    await deletePage(page.id, store);
    expect(await store.exists(image.key)).toBe(false);
    expect(await store.exists(doc.key)).toBe(false);
    expect(await db.pageImage.count({ where: { pageId: page.id } })).toBe(0);
  });
});
