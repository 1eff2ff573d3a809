import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";
import { redirectSelect, type StoredRedirect } from "@/lib/pages/redirect/data";

const listSelect = {
  id: true,
  title: true,
  path: true,
  isPublished: true,
  templateName: true,
  contentType: true,
  updated: true,
} as const;
export type AdminPageRow = Prisma.PageGetPayload<{ select: typeof listSelect }>;

const TEMPLATE_FILTER: Record<string, Prisma.PageWhereInput> = {
  default: { templateName: { notIn: ["psf/default.html", "psf/full-width.html", "pages/raw.html"] } },
  psf: { templateName: "psf/default.html" },
  "psf-full-width": { templateName: "psf/full-width.html" },
  raw: { templateName: "pages/raw.html" },
};

/** PageAdmin's changelist: search title and path, filter by state and layout, sort, one page. */
export async function listAdminPages(params: ListParams): Promise<{ rows: AdminPageRow[]; total: number }> {
  const { published, template } = params.filters;
  const where: Prisma.PageWhereInput = {
    ...(params.q
      ? {
          OR: [
            { title: { contains: params.q, mode: "insensitive" } },
            { path: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(published ? { isPublished: published === "yes" } : {}),
    ...(template ? TEMPLATE_FILTER[template] : {}),
  };
  const [rows, total] = await Promise.all([
    db.page.findMany({
      where,
      select: listSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.page.count({ where }),
  ]);
  return { rows, total };
}

const formSelect = {
  id: true,
  title: true,
  path: true,
  content: true,
  contentMarkupType: true,
  contentRendered: true,
  description: true,
  keywords: true,
  isPublished: true,
  templateName: true,
  contentType: true,
  created: true,
  updated: true,
  creator: { select: { username: true } },
  lastModifiedBy: { select: { username: true } },
} as const;
export type AdminPage = Prisma.PageGetPayload<{ select: typeof formSelect }>;

export async function getAdminPage(id: number): Promise<AdminPage | null> {
  return db.page.findUnique({ where: { id }, select: formSelect });
}

/** The redirects admin's list: search in either path, filter by kind, one page. */
export async function listAdminRedirects(
  params: ListParams,
): Promise<{ rows: StoredRedirect[]; total: number }> {
  const { kind } = params.filters;
  const where: Prisma.RedirectWhereInput = {
    ...(params.q
      ? {
          OR: [
            { oldPath: { contains: params.q, mode: "insensitive" } },
            { newPath: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(kind === "gone" ? { newPath: "" } : kind === "moved" ? { NOT: { newPath: "" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.redirect.findMany({
      where,
      select: redirectSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.redirect.count({ where }),
  ]);
  return { rows, total };
}
