import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound } from "next/navigation";
import { communityTags } from "./constants";
import { getPost, listPublicPosts } from "./data";
import type { PostDetail, PostPage } from "./types";

async function publicPage(page: number): Promise<PostPage> {
  "use cache";
  cacheLife("hours");
  cacheTag(communityTags.community);
  return listPublicPosts(page);
}

/** PostList: a page of public posts; a page past the end (or not a number) is a 404, as Django's paginator. */
export async function loadPostList(rawPage: string | undefined): Promise<PostPage> {
  const page = rawPage === undefined ? 1 : /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : null;
  if (page === null) notFound();
  const found = await publicPage(page);
  if (page > found.pages) notFound();
  return found;
}

async function publicPost(id: number): Promise<PostDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(communityTags.community);
  const post = await getPost(id);
  return post?.isPublic ? post : null;
}

/** PostDetail: public posts only; a private or missing post is a 404. */
export async function loadPost(pk: string): Promise<PostDetail> {
  if (!/^[1-9]\d{0,9}$/.test(pk) || Number(pk) > 2_147_483_647) notFound();
  const post = await publicPost(Number(pk));
  if (!post) notFound();
  return post;
}
