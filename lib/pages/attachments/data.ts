import "server-only";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import type { PageAttachment } from "./types";
import { attachmentName } from "./utils";

/** A page's images and documents with their public URLs, newest first; null when there is no such page. */
export async function listPageAttachments(
  pageId: number,
): Promise<{ page: { id: number; path: string }; attachments: PageAttachment[] } | null> {
  const page = await db.page.findUnique({
    where: { id: pageId },
    select: {
      id: true,
      path: true,
      images: { select: { id: true, image: true }, orderBy: { id: "desc" } },
      documents: { select: { id: true, document: true }, orderBy: { id: "desc" } },
    },
  });
  if (!page) return null;
  const store = storage();
  const url = (key: string) => {
    try {
      return store.url(key);
    } catch {
      return ""; // a legacy row whose key is not valid here: listed (and deletable), not linked
    }
  };
  return {
    page: { id: page.id, path: page.path },
    attachments: [
      ...page.images.map((r) => ({
        id: r.id,
        kind: "image" as const,
        key: r.image,
        name: attachmentName(r.image),
        url: url(r.image),
      })),
      ...page.documents.map((r) => ({
        id: r.id,
        kind: "document" as const,
        key: r.document,
        name: attachmentName(r.document),
        url: url(r.document),
      })),
    ],
  };
}
