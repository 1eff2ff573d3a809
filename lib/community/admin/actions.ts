"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createPost, deletePost, updatePost } from "@/lib/community/mutations";
import { communitySection } from "./constants";
import { postFormSchema, postRefSchema } from "./schema";

/** Every community-admin action authorizes here, whatever the page showed. */
const gate = adminGate(communitySection.allowed);
const denied = "You may not edit community posts.";

export const savePostAction = defineAction({
  name: "admin.community",
  gate,
  denied,
  schema: postFormSchema,
  handler: ({ input: { id, input }, principal }) =>
    id ? updatePost(id, input, principal.userId) : createPost(input, principal.userId),
  audit: ({ input }, row) => ({
    action: input.id ? "community-post.updated" : "community-post.created",
    targetType: "community-post",
    targetId: row.id,
  }),
  revalidate: ({ input }) => ["/admin/community/", ...(input.id ? [`/admin/community/${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id ? { done: "Saved.", values } : { done: "Post added.", redirectTo: `/admin/community/${row.id}/` },
});

export const deletePostAction = asFormAction(
  defineAction({
    name: "admin.community.delete",
    gate,
    schema: postRefSchema,
    handler: ({ input }) => deletePost(input.id),
    audit: ({ input }) => ({ action: "community-post.deleted", targetType: "community-post", targetId: input.id }),
    revalidate: () => ["/admin/community/"],
  }),
);
