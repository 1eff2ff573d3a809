import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { env } from "@/lib/platform/env";
import { listPageAttachments } from "@/lib/pages/attachments/data";
import { canEditPages } from "@/lib/pages/permissions";

/** A page's attachments for its change form, and the upload size cap; 404 when there is no such page. */
export async function loadPageAttachments(pageId: number) {
  await requireAdmin(`/admin/pages/${pageId}/`, canEditPages);
  const found = await listPageAttachments(pageId);
  if (!found) notFound();
  return { ...found, maxBytes: env.UPLOAD_MAX_BYTES };
}
