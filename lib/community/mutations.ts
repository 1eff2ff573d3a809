/**
 * Community post writes (the admin's). Content is HTML (Post's default markup), sanitized on
 * write; the post's media URL is kept on its Link, Photo or Video row. A change that visitors can
 * see (a public post, or one that stops being public) revalidates the community tag and the
 * post's search document.
 */
import "server-only";
import { emit } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { renderMarkup } from "@/lib/platform/markup";
import { storage } from "@/lib/platform/storage";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COMMUNITY_PATH, communityTags, MEDIA_TYPES, POST_STATUS, postPath } from "./constants";
import type { PostInput } from "./schema";

const columns = (input: PostInput) => ({
  title: input.title,
  abstract: input.abstract,
  content: input.content,
  contentMarkupType: "html" as const,
  contentRendered: input.content ? renderMarkup(input.content, "html") : "",
  mediaType: input.mediaType,
  status: input.status,
  sourceUrl: input.sourceUrl,
});

/**
 * Replaces the post's media rows with the one its media type takes (none for text). A photo's
 * stored upload (`image`, from Django's ImageField or the import) has no form field: it is kept
 * while the post stays a photo, and its file is returned for deletion once it is no longer used.
 */
async function writeMedia(
  tx: Prisma.TransactionClient,
  postId: number,
  input: PostInput,
  userId: number | null,
): Promise<string[]> {
  const stored = (
    await tx.communityPhoto.findMany({ where: { postId, image: { not: null } }, orderBy: { id: "asc" }, select: { image: true } })
  ).map((p) => p.image!);
  const kept = input.mediaType === MEDIA_TYPES.photo ? (stored[0] ?? null) : null;
  await tx.communityLink.deleteMany({ where: { postId } });
  await tx.communityPhoto.deleteMany({ where: { postId } });
  await tx.communityVideo.deleteMany({ where: { postId } });
  const unused = stored.filter((key) => key !== kept);
  if (!input.mediaUrl && !kept) return unused;
  const who = { creatorId: userId, lastModifiedById: userId, postId };
  const extra = { caption: input.caption, clickThroughUrl: input.clickThroughUrl };
  if (input.mediaType === MEDIA_TYPES.link) await tx.communityLink.create({ data: { ...who, url: input.mediaUrl } });
  if (input.mediaType === MEDIA_TYPES.photo)
    await tx.communityPhoto.create({ data: { ...who, ...extra, image: kept, imageUrl: input.mediaUrl || null } });
  if (input.mediaType === MEDIA_TYPES.video)
    await tx.communityVideo.create({ data: { ...who, ...extra, videoEmbed: input.mediaUrl } });
  return unused;
}

/** After the commit: a failed delete leaves a stray file, never a post pointing at nothing. */
async function dropFiles(keys: string[]) {
  for (const key of keys)
    await storage()
      .delete(key)
      .catch((err: unknown) => log.warn({ err, key }, "could not delete a community photo"));
}

async function afterWrite(id: number, wasPublic: boolean, isPublic: boolean) {
  if (!wasPublic && !isPublic) return;
  await revalidateDomain([communityTags.community], { mode: "immediate", paths: [COMMUNITY_PATH, postPath(id)] });
  await emit("search/document.changed", { type: "community", objectId: String(id) });
}

export async function createPost(input: PostInput, userId: number | null): Promise<{ id: number }> {
  const row = await db.$transaction(async (tx) => {
    const post = await tx.communityPost.create({
      data: { ...columns(input), creatorId: userId, lastModifiedById: userId },
      select: { id: true },
    });
    await writeMedia(tx, post.id, input, userId);
    return post;
  });
  await afterWrite(row.id, false, input.status === POST_STATUS.public);
  return row;
}

/** not_found when the post is gone. */
export async function updatePost(id: number, input: PostInput, userId: number | null): Promise<{ id: number }> {
  const before = await db.communityPost.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new AppError("not_found", "Not found.");
  const unused = await db.$transaction(async (tx) => {
    await tx.communityPost.update({ where: { id }, data: { ...columns(input), lastModifiedById: userId } });
    return writeMedia(tx, id, input, userId);
  });
  await dropFiles(unused);
  await afterWrite(id, before.status === POST_STATUS.public, input.status === POST_STATUS.public);
  return { id };
}

export async function deletePost(id: number): Promise<void> {
  const row = await db.communityPost
    .delete({ where: { id }, select: { status: true, photos: { select: { image: true } } } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await dropFiles(row.photos.flatMap((p) => (p.image ? [p.image] : [])));
  await afterWrite(id, row.status === POST_STATUS.public, false);
}
