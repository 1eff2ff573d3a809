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
import { renderMarkup } from "@/lib/platform/markup";
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

/** Replaces the post's media rows with the one its media type takes (none for text). */
async function writeMedia(tx: Prisma.TransactionClient, postId: number, input: PostInput, userId: number | null) {
  await tx.communityLink.deleteMany({ where: { postId } });
  await tx.communityPhoto.deleteMany({ where: { postId } });
  await tx.communityVideo.deleteMany({ where: { postId } });
  if (!input.mediaUrl) return;
  const who = { creatorId: userId, lastModifiedById: userId, postId };
  const extra = { caption: input.caption, clickThroughUrl: input.clickThroughUrl };
  if (input.mediaType === MEDIA_TYPES.link) await tx.communityLink.create({ data: { ...who, url: input.mediaUrl } });
  if (input.mediaType === MEDIA_TYPES.photo)
    await tx.communityPhoto.create({ data: { ...who, ...extra, imageUrl: input.mediaUrl } });
  if (input.mediaType === MEDIA_TYPES.video)
    await tx.communityVideo.create({ data: { ...who, ...extra, videoEmbed: input.mediaUrl } });
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
  await db.$transaction(async (tx) => {
    await tx.communityPost.update({ where: { id }, data: { ...columns(input), lastModifiedById: userId } });
    await writeMedia(tx, id, input, userId);
  });
  await afterWrite(id, before.status === POST_STATUS.public, input.status === POST_STATUS.public);
  return { id };
}

export async function deletePost(id: number): Promise<void> {
  const row = await db.communityPost
    .delete({ where: { id }, select: { status: true } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite(id, row.status === POST_STATUS.public, false);
}
