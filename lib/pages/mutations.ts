/**
 * CMS page writes (the v1 API and the pages admin). Content is rendered and sanitized once, on
 * write (DESIGN.md markup); the page's URL (old and new, when the path moved) and the pages tag
 * expire at once, the proxy's route cache forgets both paths, and the search document follows.
 * Errors are keyed by the input's names (`path`).
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { emit } from "@/inngest/client";
import { log } from "@/lib/platform/log";
import { renderMarkup } from "@/lib/platform/markup";
import { storage, type Storage } from "@/lib/platform/storage";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { pagesTags } from "./constants";
import { forgetPageRoutes } from "./redirects";
import type { PageInput } from "./schema";
import { pageUrl } from "./utils";

async function afterWrite(id: number, paths: string[]) {
  await forgetPageRoutes(paths);
  await revalidateDomain([pagesTags.pages, ...paths.map(pagesTags.page)], {
    mode: "immediate",
    // apps/pages post_save: Fastly purges /<path> and /<path>/.
    paths: paths.flatMap((p) => [pageUrl(p), pageUrl(p).slice(0, -1)]),
  });
  await emit("search/document.changed", { type: "page", objectId: String(id) });
}

const duplicatePath = (e: unknown) => {
  const mapped = fromPrismaError(e);
  return Promise.reject(
    mapped instanceof AppError && mapped.code === "conflict"
      ? new AppError("validation_failed", "Invalid.", {
          fields: { path: ["Page with this Path already exists."] },
        })
      : mapped,
  );
};

const columns = (input: PageInput) => ({
  title: input.title,
  path: input.path,
  content: input.content,
  contentMarkupType: input.contentMarkupType,
  contentRendered: renderMarkup(input.content, input.contentMarkupType),
  description: input.description,
  keywords: input.keywords,
  isPublished: input.isPublished,
  templateName: input.templateName,
  contentType: input.contentType,
});

export async function createPage(input: PageInput, userId: number | null): Promise<{ id: number }> {
  const row = await db.page
    .create({
      data: { ...columns(input), creatorId: userId, lastModifiedById: userId },
      select: { id: true },
    })
    .catch(duplicatePath);
  await afterWrite(row.id, [input.path]);
  return row;
}

/** Throws AppError not_found when the page is gone. */
export async function updatePage(
  id: number,
  input: PageInput,
  userId: number | null,
): Promise<{ id: number }> {
  const before = await db.page.findUnique({ where: { id }, select: { path: true } });
  if (!before) throw new AppError("not_found", "No such page.");
  const row = await db.page
    .update({ where: { id }, data: { ...columns(input), lastModifiedById: userId }, select: { id: true } })
    .catch(duplicatePath);
  await afterWrite(id, [...new Set([before.path, input.path])]);
  return row;
}

/** Publish or unpublish (the admin's row action): visitors see the change on their next request. */
export async function setPagePublished(id: number, isPublished: boolean, userId: number | null) {
  const row = await db.page
    .update({
      where: { id },
      data: { isPublished, lastModifiedById: userId },
      select: { id: true, path: true },
    })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite(row.id, [row.path]);
  return row;
}

/** Deletes the page, its attachment rows (cascade) and then the files no other row names. */
export async function deletePage(id: number, store: Storage = storage()): Promise<{ path: string }> {
  const files = await db.page.findUnique({
    where: { id },
    select: { images: { select: { image: true } }, documents: { select: { document: true } } },
  });
  const row = await db.page
    .delete({ where: { id }, select: { id: true, path: true } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  const keys = [
    ...(files?.images.map((i) => i.image) ?? []),
    ...(files?.documents.map((d) => d.document) ?? []),
  ];
  for (const key of keys) {
    const shared =
      (await db.pageImage.count({ where: { image: key } })) +
      (await db.pageDocument.count({ where: { document: key } }));
    if (shared) continue;
    // The page is gone either way; a file that cannot be removed is logged, not fatal.
    await store
      .delete(key)
      .catch((err: unknown) =>
        log.error({ err, key }, "page deleted but its attachment could not be removed"),
      );
  }
  await afterWrite(row.id, [row.path]);
  return row;
}
