import "server-only";
import { db } from "@/lib/platform/db";

export type CmsPage = {
  title: string;
  description: string;
  keywords: string;
  path: string;
  contentHtml: string;
  contentType: string;
  isPublished: boolean;
};

/** Normalises a request path to the stored form (apps/pages Page.clean strips slashes). */
export function normalizePath(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}

export async function getPageByPath(path: string): Promise<CmsPage | null> {
  const row = await db.page.findUnique({
    where: { path: normalizePath(path) },
    select: {
      title: true,
      description: true,
      keywords: true,
      path: true,
      contentRendered: true,
      contentType: true,
      isPublished: true,
    },
  });
  return row ? { ...row, contentHtml: row.contentRendered } : null;
}

/**
 * django.contrib.redirects lookup: tried before CMS pages on a miss, with and without the
 * trailing slash. An empty new path means "gone" (410).
 */
export async function getRedirect(path: string): Promise<{ newPath: string; permanent: boolean } | null> {
  const bare = `/${normalizePath(path)}`;
  return db.redirect.findFirst({
    where: { oldPath: { in: [bare, `${bare}/`] } },
    select: { newPath: true, permanent: true },
  });
}

/** A box's rendered HTML by label (apps/boxes /box/<label>/). */
export async function getBoxHtml(label: string): Promise<string | null> {
  const row = await db.box.findUnique({ where: { label }, select: { contentRendered: true } });
  return row?.contentRendered ?? null;
}

// Search (lib/search/sources.ts): published CMS pages only.
const searchablePageSelect = {
  id: true,
  title: true,
  description: true,
  keywords: true,
  path: true,
  contentRendered: true,
  updated: true,
} as const;
export type SearchablePage = {
  id: number;
  title: string;
  description: string;
  keywords: string;
  path: string;
  contentRendered: string;
  updated: Date;
};

export async function listSearchablePages(): Promise<SearchablePage[]> {
  return db.page.findMany({
    where: { isPublished: true },
    select: searchablePageSelect,
    orderBy: { id: "asc" },
  });
}

export async function getSearchablePage(id: number): Promise<SearchablePage | null> {
  return db.page.findFirst({ where: { id, isPublished: true }, select: searchablePageSelect });
}
