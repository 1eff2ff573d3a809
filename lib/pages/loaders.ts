import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { pagesTags } from "./constants";
import { getPageByPath } from "./data";
import type { CmsPage } from "./types";
import { canEditPages } from "./permissions";
import { getRedirect, type StoredRedirect } from "./redirect/data";
import { isRawPage, normalizePath } from "./utils";

type Lookup = { page: CmsPage | null; redirect: StoredRedirect | null };

async function lookup(path: string): Promise<Lookup> {
  "use cache";
  cacheLife("hours");
  cacheTag(pagesTags.pages, pagesTags.page(path));
  // pydotorg/settings: RedirectFallbackMiddleware runs before PageFallbackMiddleware, so a
  // stored redirect wins over a page with the same path.
  const redirectTo = await getRedirect(path);
  return { redirect: redirectTo, page: redirectTo ? null : await getPageByPath(path) };
}

const pathOf = (segments: string[]) => normalizePath(segments.map(decodeURIComponent).join("/"));

/**
 * The published page at `segments` as the site renders it. The proxy answers redirects (301),
 * 410s, raw pages and editors' drafts before this runs (lib/pages/redirects.ts); for paths it
 * does not see, the same answers come from here, as near as a page can give them (308, 404).
 */
export async function loadCmsPage(segments: string[]): Promise<CmsPage> {
  const path = pathOf(segments);
  const found = await lookup(path);
  if (found.redirect) {
    if (!found.redirect.newPath) notFound();
    if (found.redirect.permanent) permanentRedirect(found.redirect.newPath);
    redirect(found.redirect.newPath);
  }
  if (!found.page || !found.page.isPublished) notFound();
  if (isRawPage(found.page)) redirect(`/_raw/${path}/`);
  return found.page;
}

/**
 * A page for someone who may edit pages, published or not (Django shows drafts to staff with a
 * banner); everyone else gets the same 404 as for a missing page.
 */
export async function loadEditorPage(segments: string[]): Promise<CmsPage> {
  const principal = await getSessionPrincipal();
  if (!canEditPages(principal)) notFound();
  const page = await getPageByPath(pathOf(segments));
  if (!page) notFound();
  return page;
}
