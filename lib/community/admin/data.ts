import "server-only";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";

const rowSelect = { id: true, title: true, mediaType: true, status: true, created: true, updated: true } as const;
export type AdminPostRow = Prisma.CommunityPostGetPayload<{ select: typeof rowSelect }>;

export async function listAdminPosts(params: ListParams): Promise<{ rows: AdminPostRow[]; total: number }> {
  const { status, media } = params.filters;
  const where: Prisma.CommunityPostWhereInput = {
    ...(params.q ? { title: { contains: params.q, mode: "insensitive" } } : {}),
    ...(status ? { status: Number(status) } : {}),
    ...(media ? { mediaType: Number(media) } : {}),
  };
  const [rows, total] = await Promise.all([
    db.communityPost.findMany({
      where,
      select: rowSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "desc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.communityPost.count({ where }),
  ]);
  return { rows, total };
}

/** The change form's values: the post and its first media row. */
export async function getAdminPost(id: number) {
  const row = await db.communityPost.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      abstract: true,
      content: true,
      mediaType: true,
      status: true,
      sourceUrl: true,
      links: { take: 1, orderBy: { id: "asc" }, select: { url: true } },
      photos: {
        take: 1,
        orderBy: { id: "asc" },
        select: { image: true, imageUrl: true, caption: true, clickThroughUrl: true },
      },
      videos: { take: 1, orderBy: { id: "asc" }, select: { videoEmbed: true, caption: true, clickThroughUrl: true } },
    },
  });
  if (!row) return null;
  const photo = row.photos[0];
  const video = row.videos[0];
  return {
    id: row.id,
    title: row.title ?? "",
    abstract: row.abstract ?? "",
    content: row.content,
    mediaType: String(row.mediaType),
    status: String(row.status),
    sourceUrl: row.sourceUrl,
    mediaUrl: row.links[0]?.url ?? photo?.imageUrl ?? video?.videoEmbed ?? "",
    caption: photo?.caption ?? video?.caption ?? "",
    clickThroughUrl: photo?.clickThroughUrl ?? video?.clickThroughUrl ?? "",
    /** The photo's stored upload (no form field: kept while the post stays a photo). */
    storedImageUrl: photo?.image ? storage().url(photo.image) : null,
  };
}
