"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { deleteStory, setStoryFlags, updateStory } from "@/lib/success-stories/mutations";
import { storiesSection } from "./constants";
import { storyAdminFormSchema, storyFlagSchema, storyRefSchema } from "./schema";

/** Every stories-admin action authorizes here, whatever the page showed. */
const gate = adminGate(storiesSection.allowed);
const denied = "You may not edit success stories.";

export const saveStoryAction = defineAction({
  name: "admin.success-stories",
  gate,
  denied,
  schema: storyAdminFormSchema,
  // The image goes through the same checks as a public submission: sniffed from its bytes, at
  // most 5 MB, stored through lib/platform/storage under a random key.
  handler: async ({ input: { id, input, image }, principal }) =>
    updateStory(
      id,
      input,
      image ? { bytes: new Uint8Array(await image.arrayBuffer()), fileName: image.name } : null,
      principal.userId,
    ),
  audit: ({ input }) => ({ action: "story.updated", targetType: "story", targetId: input.id }),
  revalidate: ({ input }) => [
    "/admin/success-stories/",
    `/admin/success-stories/${input.id}/`,
    `/admin/success-stories/${input.id}/preview/`,
  ],
  done: (row, { values }): FormState => ({ done: "Saved.", values: { ...values, slug: row.slug } }),
});

const FLAGS = {
  publish: { isPublished: true },
  unpublish: { isPublished: false },
  feature: { featured: true },
  unfeature: { featured: false },
} as const;

/** The moderation buttons of the list: publish, withdraw, feature, unfeature. */
export const storyFlagAction = asFormAction(
  defineAction({
    name: "admin.success-stories.flags",
    gate,
    denied,
    schema: storyFlagSchema,
    handler: ({ input, principal }) => setStoryFlags(input.id, FLAGS[input.op], principal.userId),
    audit: ({ input }) => ({ action: `story.${input.op}`, targetType: "story", targetId: input.id }),
    revalidate: ({ input }) => ["/admin/success-stories/", `/admin/success-stories/${input.id}/`],
  }),
);

export const deleteStoryAction = asFormAction(
  defineAction({
    name: "admin.success-stories.delete",
    gate,
    schema: storyRefSchema,
    handler: ({ input }) => deleteStory(input.id),
    audit: ({ input }) => ({ action: "story.deleted", targetType: "story", targetId: input.id }),
    revalidate: () => ["/admin/success-stories/"],
  }),
);
