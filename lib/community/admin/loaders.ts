import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { communitySection, POST_LIST_SPEC } from "./constants";
import { getAdminPost, listAdminPosts } from "./data";

export async function loadAdminPostList(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/community/", communitySection);
  const params = parseListParams(raw, POST_LIST_SPEC);
  return { params, ...(await listAdminPosts(params)) };
}

export async function loadAdminPostForm() {
  await requireAdmin("/admin/community/new/", communitySection);
}

export async function loadAdminPost(id: string) {
  await requireAdmin(`/admin/community/${id}/`, communitySection);
  const post = dbId(id) === null ? null : await getAdminPost(dbId(id)!);
  if (!post) notFound();
  return post;
}
