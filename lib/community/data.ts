import "server-only";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import { POST_STATUS, POSTS_PER_PAGE } from "./constants";
import type { PostDetail, PostPage } from "./types";

const summarySelect = { id: true, title: true, abstract: true, mediaType: true, sourceUrl: true, created: true } as const;

/** PostQuerySet.public(), newest first, 25 a page (PostList). */
export async function listPublicPosts(page: number): Promise<PostPage> {
  const where = { status: POST_STATUS.public };
  const total = await db.communityPost.count({ where });
  const pages = Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
  const posts = await db.communityPost.findMany({
    where,
    orderBy: [{ created: "desc" }, { id: "desc" }],
    skip: (page - 1) * POSTS_PER_PAGE,
    take: POSTS_PER_PAGE,
    select: summarySelect,
  });
  return { posts, page, pages, total };
}

/** One post, public or not (callers decide), with its links, photos and videos. */
export async function getPost(id: number): Promise<PostDetail | null> {
  const row = await db.communityPost.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      contentRendered: true,
      status: true,
      links: { orderBy: { id: "asc" }, select: { url: true } },
      photos: { orderBy: { id: "asc" }, select: { image: true, imageUrl: true, caption: true, clickThroughUrl: true } },
      videos: { orderBy: { id: "asc" }, select: { videoEmbed: true, videoData: true, caption: true, clickThroughUrl: true } },
    },
  });
  if (!row) return null;
  const { contentRendered, status, photos, videos, ...rest } = row;
  return {
    ...rest,
    contentHtml: contentRendered,
    isPublic: status === POST_STATUS.public,
    photos: photos.map((p) => ({
      url: p.image ? storage().url(p.image) : p.imageUrl,
      caption: p.caption,
      clickThroughUrl: p.clickThroughUrl,
    })),
    videos: videos.map((v) => ({
      url: v.videoData ? storage().url(v.videoData) : v.videoEmbed,
      caption: v.caption,
      clickThroughUrl: v.clickThroughUrl,
    })),
  };
}

// Search (lib/site/search/sources.ts): public posts only.
export type SearchablePost = { id: number; title: string | null; abstract: string | null; contentRendered: string; created: Date };
const searchSelect = { id: true, title: true, abstract: true, contentRendered: true, created: true } as const;

export async function listSearchablePosts(): Promise<SearchablePost[]> {
  return db.communityPost.findMany({ where: { status: POST_STATUS.public }, select: searchSelect, orderBy: { id: "asc" } });
}

export async function getSearchablePost(id: number): Promise<SearchablePost | null> {
  return db.communityPost.findFirst({ where: { id, status: POST_STATUS.public }, select: searchSelect });
}
