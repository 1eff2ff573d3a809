"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { addPageAttachment, deletePageAttachment } from "@/lib/pages/attachments/mutations";
import { canEditPages } from "@/lib/pages/permissions";
import { deleteAttachmentSchema, uploadAttachmentSchema } from "./schema";

/** Every attachment action authorizes here, whatever the page showed. */
const gate = adminGate(canEditPages);
const denied = "You may not edit pages.";
const pageAdminPath = (pageId: number) => `/admin/pages/${pageId}/`;

export const uploadAttachmentAction = defineAction({
  name: "admin.pages.attachments.upload",
  gate,
  denied,
  schema: uploadAttachmentSchema,
  handler: async ({ input }) =>
    addPageAttachment({
      pageId: input.pageId,
      kind: input.kind,
      fileName: input.file.name,
      data: new Uint8Array(await input.file.arrayBuffer()),
    }),
  audit: ({ input }, row) => ({
    action: input.kind === "image" ? "page.image.added" : "page.document.added",
    targetType: "page",
    targetId: input.pageId,
    detail: { attachmentId: row.id, key: row.key },
  }),
  revalidate: ({ input }) => [pageAdminPath(input.pageId)],
  done: (row): FormState => ({ done: `Uploaded ${row.name}.` }),
});

export const deleteAttachmentAction = asFormAction(
  defineAction({
    name: "admin.pages.attachments.delete",
    gate,
    denied,
    schema: deleteAttachmentSchema,
    handler: ({ input }) => deletePageAttachment(input),
    audit: ({ input }, row) => ({
      action: input.kind === "image" ? "page.image.deleted" : "page.document.deleted",
      targetType: "page",
      targetId: input.pageId,
      detail: { attachmentId: input.id, key: row.key },
    }),
    revalidate: ({ input }) => [pageAdminPath(input.pageId)],
  }),
);
