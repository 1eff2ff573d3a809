/**
 * CMS page writes (the v1 API; the admin screens reuse them). Content is rendered and sanitized
 * once, on write (DESIGN.md markup), the page's URL and the pages tag expire at once and the
 * search document follows.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { emit } from "@/inngest/client";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { pagesTags } from "./constants";
import type { PageInput } from "./schema";

async function afterWrite(id: number, path: string) {
  await revalidateDomain([pagesTags.pages, pagesTags.page(path)], {
    mode: "immediate",
    paths: [`/${path}/`],
  });
  await emit("search/document.changed", { type: "page", objectId: String(id) });
}

export async function createPage(input: PageInput, userId: number): Promise<{ id: number }> {
  const row = await db.page
    .create({
      data: {
        title: input.title,
        path: input.path,
        content: input.content,
        contentMarkupType: "restructuredtext",
        contentRendered: renderMarkup(input.content, "restructuredtext"),
        description: input.description,
        keywords: input.keywords,
        isPublished: input.isPublished,
        templateName: input.templateName,
        creatorId: userId,
        lastModifiedById: userId,
      },
      select: { id: true },
    })
    .catch((e: unknown) => {
      const mapped = fromPrismaError(e);
      return Promise.reject(
        mapped instanceof AppError && mapped.code === "conflict"
          ? new AppError("validation_failed", "Invalid.", {
              fields: { path: ["Page with this Path already exists."] },
            })
          : mapped,
      );
    });
  await afterWrite(row.id, input.path);
  return row;
}

export async function deletePage(id: number): Promise<void> {
  const row = await db.page
    .delete({ where: { id }, select: { id: true, path: true } })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite(row.id, row.path);
}
