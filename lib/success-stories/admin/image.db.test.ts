import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { formDataToObject } from "@/lib/platform/forms";
import { storage } from "@/lib/platform/storage";
import { submitStory, updateStory } from "@/lib/success-stories/mutations";
import { storyInputSchema } from "@/lib/success-stories/schema";
import { storyAdminFormSchema } from "./schema";

// The admin change form's image (issue #16): the file the form posts goes through the same path
// as a public submission: sniffed from its bytes (the name and the browser's type are not
// trusted), at most 5 MB, stored through lib/platform/storage under a random key.
const stamp = `h4img${Date.now()}`;
let categoryId = 0;
let storyId = 0;
let userId = 0;

// The smallest valid PNG (1×1, transparent) and a text file that claims to be one.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const FAKE = new TextEncoder().encode("<svg onload=alert(1)>not a png</svg>");

function form(file: File | null, extra: Record<string, string> = {}) {
  const f = new FormData();
  const fields = {
    id: String(storyId),
    name: `Imaged ${stamp}`,
    slug: "",
    categoryId: String(categoryId),
    companyName: "Image Co",
    companyUrl: "https://example.org/",
    companyId: "",
    author: "Ada",
    authorEmail: "",
    pullQuote: "Pictures.",
    contentMarkupType: "markdown",
    content: "Text.",
    ...extra,
  };
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  // A file input with nothing chosen still posts an empty, nameless file.
  f.set("image", file ?? new File([], "", { type: "application/octet-stream" }));
  return storyAdminFormSchema.parse(formDataToObject(f));
}

async function save(file: File | null, extra: Record<string, string> = {}) {
  const { id, input, image } = form(file, extra);
  return updateStory(
    id,
    input,
    image ? { bytes: new Uint8Array(await image.arrayBuffer()), fileName: image.name } : null,
    null,
  );
}
const imageOf = async () =>
  (await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { image: true } })).image;

beforeAll(async () => {
  categoryId = (await db.storyCategory.create({ data: { name: `Cat ${stamp}`, slug: `cat-${stamp}` } })).id;
  const input = storyInputSchema.parse({
    name: `Imaged ${stamp}`,
    companyName: "Image Co",
    companyUrl: "https://example.org/",
    categoryId,
    author: "Ada",
    authorEmail: "",
    pullQuote: "Pictures.",
    content: "Text.",
    contentMarkupType: "markdown",
  });
  userId = (await db.user.create({ data: { username: `u-${stamp}`, email: `u-${stamp}@example.org` } })).id;
  storyId = (await submitStory(input, null, userId)).id;
});
afterAll(async () => {
  const key = await imageOf().catch(() => null);
  if (key) await storage().delete(key);
  await db.story.deleteMany({ where: { id: storyId } });
  await db.storyCategory.deleteMany({ where: { id: categoryId } });
  await db.user.deleteMany({ where: { id: userId } });
  await db.emailLog.deleteMany({ where: { subject: { contains: stamp } } });
  await db.$disconnect();
});

describe("the admin story form's image", () => {
  it("stores a real PNG under a random key, replaces it with the next one and removes it on request", async () => {
    await save(new File([PNG], "team photo.png", { type: "image/png" }));
    const first = await imageOf();
    expect(first).toMatch(/^successstories\/[0-9a-f-]{36}\.png$/);
    const stored = await storage().get(first!);
    expect(stored!.contentType).toBe("image/png");
    expect(stored!.size).toBe(PNG.byteLength);

    await save(new File([PNG], "again.png", { type: "image/png" }));
    const second = await imageOf();
    expect(second).not.toBe(first);
    expect(await storage().exists(first!)).toBe(false);

    // Saving without choosing a file keeps the image; "remove" drops it and its file.
    await save(null);
    expect(await imageOf()).toBe(second);
    await save(null, { removeImage: "on" });
    expect(await imageOf()).toBeNull();
    expect(await storage().exists(second!)).toBe(false);
  });

  it("refuses a file whose bytes are not PNG, JPEG or WebP, whatever its name and type say, and keeps the old image", async () => {
    await save(new File([PNG], "ok.png", { type: "image/png" }));
    const kept = await imageOf();
    await expect(save(new File([FAKE], "photo.png", { type: "image/png" }))).rejects.toMatchObject({
      code: "validation_failed",
      fields: { image: ["Upload a PNG, JPEG or WebP image."] },
    });
    expect(await imageOf()).toBe(kept);
  });
});
