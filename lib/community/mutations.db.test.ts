import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import { getPost, getSearchablePost, listPublicPosts } from "./data";
import { createPost, deletePost, updatePost } from "./mutations";
import { postInputSchema } from "./schema";

// Django's apps/community tests (§8.6): public and private querysets, JSON meta, the list leaves
// private posts out, the detail of a private post is a 404 (loadPost gives notFound() on null).
const stamp = `c${Date.now()}`;
const made: number[] = [];
const input = (title: string, status: 1 | 2, mediaType = 4, mediaUrl = "https://example.org/a") =>
  postInputSchema.parse({
    title,
    abstract: "",
    content: "<p>Hello<script>alert(1)</script></p>",
    mediaType,
    status,
    sourceUrl: "",
    mediaUrl,
    caption: "A caption",
    clickThroughUrl: "",
  });

afterAll(async () => {
  await db.communityPost.deleteMany({ where: { id: { in: made } } });
});

describe("community posts", () => {
  it("public posts are listed and shown; private ones are neither listed, shown nor searchable", async () => {
    const pub = await createPost(input(`Public ${stamp}`, 2), null);
    const priv = await createPost(input(`Private ${stamp}`, 1), null);
    made.push(pub.id, priv.id);
    const all = (await listPublicPosts(1)).posts.map((p) => p.id);
    expect(all).toContain(pub.id);
    expect(all).not.toContain(priv.id);
    expect((await getPost(pub.id))!.isPublic).toBe(true);
    expect((await getPost(priv.id))!.isPublic).toBe(false);
    expect(await getSearchablePost(priv.id)).toBeNull();
    expect((await getSearchablePost(pub.id))!.title).toBe(`Public ${stamp}`);
    // The content is HTML, sanitized on write.
    expect((await getPost(pub.id))!.contentHtml).toBe("<p>Hello</p>");
    expect((await getPost(pub.id))!.links).toEqual([{ url: "https://example.org/a" }]);
  });

  it("keeps a photo's stored upload through an admin edit, and deletes its file once unused", async () => {
    const key = `community/photos/${stamp}.png`;
    await storage().put(key, new Uint8Array([137, 80, 78, 71]), "image/png");
    const row = await createPost(input(`Stored ${stamp}`, 2, 2, ""), null);
    made.push(row.id);
    // As the import leaves it: the upload is on the photo row, not in the form.
    await db.communityPhoto.create({ data: { postId: row.id, image: key, caption: "From Django" } });
    await updatePost(row.id, input(`Stored ${stamp} (edited)`, 2, 2, ""), null);
    const photos = await db.communityPhoto.findMany({ where: { postId: row.id } });
    expect(photos.map((p) => [p.image, p.caption])).toEqual([[key, "A caption"]]);
    expect((await getPost(row.id))!.photos.map((p) => p.url)).toEqual([storage().url(key)]);
    expect(await storage().exists(key)).toBe(true);
    // Turned into a link post, the upload is no longer used: its row and file go.
    await updatePost(row.id, input(`Stored ${stamp} (link)`, 2, 4, "https://example.org/l"), null);
    expect(await db.communityPhoto.count({ where: { postId: row.id } })).toBe(0);
    expect(await storage().exists(key)).toBe(false);
  });

  it("keeps its media row in line with the media type, and its JSON meta", async () => {
    const row = await createPost(input(`Photo ${stamp}`, 2, 2, "https://example.org/p.jpg"), null);
    made.push(row.id);
    expect((await getPost(row.id))!.photos).toEqual([
      { url: "https://example.org/p.jpg", caption: "A caption", clickThroughUrl: "" },
    ]);
    await updatePost(row.id, input(`Video ${stamp}`, 2, 3, "https://example.org/v"), null);
    const video = (await getPost(row.id))!;
    expect(video.photos).toEqual([]);
    expect(video.videos.map((v) => v.url)).toEqual(["https://example.org/v"]);
    await db.communityPost.update({ where: { id: row.id }, data: { meta: { source: "import", n: 2 } } });
    expect((await db.communityPost.findUniqueOrThrow({ where: { id: row.id } })).meta).toEqual({ source: "import", n: 2 });
    await deletePost(row.id);
    expect(await getPost(row.id)).toBeNull();
  });

  it("pages 25 posts at a time", async () => {
    const { page, pages, total, posts } = await listPublicPosts(1);
    expect(page).toBe(1);
    expect(posts.length).toBe(Math.min(25, total));
    expect(pages).toBe(Math.max(1, Math.ceil(total / 25)));
  });
});
