/**
 * Page attachment writes (apps/pages Image and DocumentFile in the page admin's inlines). The
 * file is stored first and its row written after; a row that cannot be written removes the
 * file again, so a failed upload leaves nothing behind. Deleting removes the row, then the file
 * (unless another row still points at the same key, as imported rows may), so a crash between
 * the two leaves at worst an unreferenced file, never a row without its file.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { availableKey, storage, type Storage } from "@/lib/platform/storage";
import type { AttachmentKind, PageAttachment } from "./types";
import { attachmentKey, attachmentName, checkUpload } from "./utils";

export type AddAttachmentInput = {
  pageId: number;
  kind: AttachmentKind;
  fileName: string;
  data: Uint8Array;
};

const fileError = (
  code: "payload_too_large" | "unsupported_media_type" | "validation_failed",
  message: string,
) => new AppError(code, message, { fields: { file: [message] } });

/**
 * Stores an upload for a page and records it. Throws AppError `not_found` for a missing page,
 * 413 / 415 (field `file`) for a file refused by checkUpload.
 */
export async function addPageAttachment(
  input: AddAttachmentInput,
  store: Storage = storage(),
): Promise<PageAttachment> {
  const page = await db.page.findUnique({ where: { id: input.pageId }, select: { id: true, path: true } });
  if (!page) throw new AppError("not_found", "No such page.");
  const check = checkUpload(input.kind, input.fileName, input.data, env.UPLOAD_MAX_BYTES);
  if (!check.ok)
    throw fileError(check.status === 413 ? "payload_too_large" : "unsupported_media_type", check.message);
  const wanted = attachmentKey(input.kind, page.path, input.fileName);
  if (!wanted) throw fileError("validation_failed", "This file name cannot be stored for this page.");
  const key = await availableKey(store, wanted);
  await store.put(key, input.data, check.contentType);
  let id: number;
  try {
    id =
      input.kind === "image"
        ? (await db.pageImage.create({ data: { pageId: page.id, image: key }, select: { id: true } })).id
        : (await db.pageDocument.create({ data: { pageId: page.id, document: key }, select: { id: true } }))
            .id;
  } catch (e) {
    await store
      .delete(key)
      .catch((err: unknown) => log.error({ err, key }, "could not remove an upload whose row failed"));
    throw fromPrismaError(e);
  }
  return { id, kind: input.kind, key, name: attachmentName(key), url: store.url(key) };
}

/**
 * Deletes an attachment of a page (the page id must match: a form cannot delete another page's
 * file by changing the id). Throws AppError `not_found` when there is no such attachment.
 */
export async function deletePageAttachment(
  input: { pageId: number; kind: AttachmentKind; id: number },
  store: Storage = storage(),
): Promise<{ key: string }> {
  const { key, shared } = await db.$transaction(async (tx) => {
    const where = { id: input.id, pageId: input.pageId };
    const row =
      input.kind === "image"
        ? await tx.pageImage.findFirst({ where, select: { image: true } }).then((r) => r && r.image)
        : await tx.pageDocument.findFirst({ where, select: { document: true } }).then((r) => r && r.document);
    if (row === null) throw new AppError("not_found", "No such attachment.");
    if (input.kind === "image") await tx.pageImage.delete({ where: { id: input.id } });
    else await tx.pageDocument.delete({ where: { id: input.id } });
    const others =
      (await tx.pageImage.count({ where: { image: row } })) +
      (await tx.pageDocument.count({ where: { document: row } }));
    return { key: row, shared: others > 0 };
  });
  if (!shared) {
    try {
      await store.delete(key);
      const url = store.url(key);
      // The CDN may hold the file an hour (lib/platform/storage/serve.ts): purge it now.
      if (url.startsWith("/")) await revalidateDomain([], { paths: [url] });
    } catch (err) {
      log.error({ err, key }, "attachment row deleted but its file could not be removed");
    }
  }
  return { key };
}
