import { looksLikeText, sniffContentType } from "@/lib/platform/storage/content-type";
import { joinKey, safeFileName } from "@/lib/platform/storage/keys";
import { DOCUMENT_TYPES, DOCUMENTS_PREFIX, IMAGE_TYPES } from "./constants";
import type { AttachmentKind } from "./types";

const extensionOf = (name: string) =>
  name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";

/** apps/pages/models.py page_image_path and DocumentFile upload_to="files/": where a new file goes. */
export function attachmentKey(kind: AttachmentKind, pagePath: string, fileName: string): string | null {
  const name = safeFileName(fileName);
  return kind === "image" ? joinKey(pagePath, name) : joinKey(DOCUMENTS_PREFIX, name);
}

export type UploadCheck =
  { ok: true; contentType: string } | { ok: false; message: string; status: 413 | 415 };

/**
 * AC-FILE-1: the size cap, the extension allowlist of the kind, and bytes that really are what
 * the extension says (magic numbers; text must not read as HTML or SVG). A `.png` that is HTML
 * is 415, as is SVG; an oversized file is 413. The type stored is the extension's, once the
 * bytes agree with it.
 */
export function checkUpload(
  kind: AttachmentKind,
  fileName: string,
  data: Uint8Array,
  maxBytes: number,
): UploadCheck {
  if (data.byteLength > maxBytes)
    return {
      ok: false,
      status: 413,
      message: `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB.`,
    };
  if (data.byteLength === 0) return { ok: false, status: 415, message: "The file is empty." };
  const ext = extensionOf(safeFileName(fileName));
  const sniffed = sniffContentType(data);
  if (kind === "image") {
    const type = IMAGE_TYPES[ext];
    if (ext === "svg" || !type)
      return {
        ok: false,
        status: 415,
        message: "Images must be PNG, JPEG, GIF or WebP (SVG is not accepted).",
      };
    if (sniffed !== type)
      return { ok: false, status: 415, message: `This file is not a ${ext.toUpperCase()} image.` };
    return { ok: true, contentType: type };
  }
  const doc = DOCUMENT_TYPES[ext];
  if (!doc)
    return {
      ok: false,
      status: 415,
      message: `Files ending in .${ext || "(nothing)"} are not accepted as documents.`,
    };
  const matches = doc.magic === null ? sniffed === null && looksLikeText(data) : sniffed === doc.magic;
  if (!matches) return { ok: false, status: 415, message: `This file's contents are not a .${ext} file.` };
  return { ok: true, contentType: doc.type };
}

/** The file name shown for a key (its last segment). */
export const attachmentName = (key: string) => key.slice(key.lastIndexOf("/") + 1);

/** Snippets to paste into a page's content, by markup. */
export function attachmentSnippets(kind: AttachmentKind, url: string, name: string) {
  const label = name.replace(/[[\]`*_]/g, "");
  return kind === "image"
    ? { markdown: `![${label}](${url})`, restructuredtext: `.. image:: ${url}\n   :alt: ${label}` }
    : { markdown: `[${label}](${url})`, restructuredtext: `\`${label} <${url}>\`_` };
}
