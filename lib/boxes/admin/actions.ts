"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createBox, deleteBox, updateBox } from "@/lib/boxes/mutations";
import { renderMarkup } from "@/lib/platform/markup";
import { boxesSection } from "./constants";
import { boxFormSchema, boxPreviewSchema, boxRefSchema } from "./schema";

/** Every boxes-admin action authorizes here, whatever the page showed. */
const gate = adminGate(boxesSection.allowed);
const denied = "You may not edit boxes.";

export const saveBoxAction = defineAction({
  name: "admin.boxes",
  gate,
  denied,
  schema: boxFormSchema,
  handler: ({ input: { id, input }, principal }) =>
    id ? updateBox(id, input, principal.userId) : createBox(input, principal.userId),
  audit: ({ input }, row) => ({
    action: input.id ? "box.updated" : "box.created",
    targetType: "box",
    targetId: row.id,
    detail: { label: row.label },
  }),
  revalidate: ({ input }) => ["/admin/boxes/", ...(input.id ? [`/admin/boxes/${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id ? { done: "Saved.", values } : { done: "Box added.", redirectTo: `/admin/boxes/${row.id}/` },
});

export const deleteBoxAction = asFormAction(
  defineAction({
    name: "admin.boxes.delete",
    gate,
    schema: boxRefSchema,
    handler: ({ input }) => deleteBox(input.id),
    audit: ({ input }) => ({ action: "box.deleted", targetType: "box", targetId: input.id }),
    revalidate: () => ["/admin/boxes/"],
  }),
);

/** The editor's live preview: the content rendered and sanitized as a save would store it; nothing is saved. */
export const previewBoxAction = defineAction({
  name: "admin.boxes.preview",
  gate,
  denied,
  schema: boxPreviewSchema,
  handler: async ({ input }) => renderMarkup(input.content, input.contentMarkupType),
  done: (html): FormState => ({ data: { html } }),
});
