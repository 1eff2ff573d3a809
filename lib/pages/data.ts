import "server-only";
import { db } from "@/lib/platform/db";
import type { PageFilter } from "./schema";
import type { CmsPage } from "./types";
import { isHtmlContentType, isRawPage, normalizePath } from "./utils";

const cmsPageSelect = {
  id: true,
  title: true,
  description: true,
  keywords: true,
  path: true,
  contentRendered: true,
  contentType: true,
  templateName: true,
  isPublished: true,
  updated: true,
} as const;

/** The page stored at a request path (with or without its slashes), published or not. */
export async function getPageByPath(path: string): Promise<CmsPage | null> {
  const row = await db.page.findUnique({ where: { path: normalizePath(path) }, select: cmsPageSelect });
  if (!row) return null;
  const { contentRendered, ...rest } = row;
  return { ...rest, contentHtml: contentRendered };
}

/** What routing needs to know about a path: is there a page, is it published, is it served raw. */
export async function getPageRouting(
  path: string,
): Promise<{ isPublished: boolean; templateName: string; contentType: string } | null> {
  return db.page.findUnique({
    where: { path: normalizePath(path) },
    select: { isPublished: true, templateName: true, contentType: true },
  });
}

/** A published raw page's body: the sanitized HTML for text/html, the source for any other type. */
export async function getRawPageBody(path: string): Promise<{ body: string; contentType: string } | null> {
  const row = await db.page.findUnique({
    where: { path: normalizePath(path) },
    select: {
      isPublished: true,
      content: true,
      contentRendered: true,
      contentType: true,
      templateName: true,
    },
  });
  if (!row?.isPublished || !isRawPage(row)) return null;
  return {
    body: isHtmlContentType(row.contentType) ? row.contentRendered : row.content,
    contentType: row.contentType,
  };
}

// Search (lib/site/search/sources.ts): published CMS pages only.
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

// The API's reads (v1 and v2): every column either family serializes.
const pageApiSelect = {
  id: true,
  title: true,
  path: true,
  keywords: true,
  description: true,
  contentRendered: true,
  isPublished: true,
  templateName: true,
} as const;
export type PageApiRow = {
  id: number;
  title: string;
  path: string;
  keywords: string;
  description: string;
  contentRendered: string;
  isPublished: boolean;
  templateName: string;
};
const byTitle = [{ title: "asc" as const }, { path: "asc" as const }];

/** PageViewSet / PageResource: callers who are not staff see published pages only (null: none). */
function pageWhere(f: PageFilter, staff: boolean) {
  if (!staff && f.isPublished === false) return null;
  return {
    ...(f.title !== undefined ? { title: f.title } : {}),
    ...(f.path !== undefined ? { path: f.path } : {}),
    ...(f.keywords !== undefined ? { keywords: f.keywords } : {}),
    ...(f.keywordsContains !== undefined
      ? { keywords: { contains: f.keywordsContains, mode: "insensitive" as const } }
      : {}),
    ...(staff ? (f.isPublished !== undefined ? { isPublished: f.isPublished } : {}) : { isPublished: true }),
  };
}

/** Pages by title and path (Meta.ordering = (title, path)). */
export async function listPages(filter: PageFilter, staff: boolean): Promise<PageApiRow[]> {
  const where = pageWhere(filter, staff);
  if (!where) return [];
  return db.page.findMany({ where, select: pageApiSelect, orderBy: byTitle });
}

/** One page of them and the total (Tastypie's limit/offset lists). */
export async function listPagesPage(
  filter: PageFilter,
  staff: boolean,
  page: { take: number; skip: number },
): Promise<{ rows: PageApiRow[]; total: number }> {
  const where = pageWhere(filter, staff);
  if (!where) return { rows: [], total: 0 };
  const [rows, total] = await Promise.all([
    db.page.findMany({ where, select: pageApiSelect, orderBy: byTitle, ...page }),
    db.page.count({ where }),
  ]);
  return { rows, total };
}

/** One page; with `staff: false`, unpublished pages are not found. */
export async function getPage(id: number, staff = true): Promise<PageApiRow | null> {
  return db.page.findFirst({ where: { id, ...(staff ? {} : { isPublished: true }) }, select: pageApiSelect });
}
