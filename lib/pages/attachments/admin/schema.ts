/** The attachment forms of the page admin: upload (multipart) and delete. */
import { z } from "zod";
import { attachmentKindSchema } from "@/lib/pages/attachments/schema";

const id = z.coerce.number().int().positive();

export const uploadAttachmentSchema = z.object({
  pageId: id,
  kind: attachmentKindSchema,
  file: z
    .instanceof(File, { message: "Choose a file to upload." })
    .refine((f) => f.size > 0 && f.name !== "", "Choose a file to upload."),
});

export const deleteAttachmentSchema = z.object({ pageId: id, kind: attachmentKindSchema, id });
