import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { pagesTags } from "./constants";
import { getPageByPath, getRedirect, normalizePath, type CmsPage } from "./data";

type Lookup = { page: CmsPage | null; redirect: { newPath: string; permanent: boolean } | null };

async function lookup(path: string): Promise<Lookup> {
  "use cache";
  cacheLife("hours");
  cacheTag(pagesTags.pages, pagesTags.page(path));
  // pydotorg/settings: RedirectFallbackMiddleware runs before PageFallbackMiddleware, so a
  // stored redirect wins over a page with the same path.
  const redirectTo = await getRedirect(path);
  return { redirect: redirectTo, page: redirectTo ? null : await getPageByPath(path) };
}

/** The published CMS page at `segments`, or a redirect, or 404. Drafts stay hidden until staff previews exist. */
export async function loadCmsPage(segments: string[]): Promise<CmsPage> {
  const path = normalizePath(segments.map(decodeURIComponent).join("/"));
  const found = await lookup(path);
  if (found.redirect) {
    if (!found.redirect.newPath) notFound();
    if (found.redirect.permanent) permanentRedirect(found.redirect.newPath);
    redirect(found.redirect.newPath);
  }
  if (!found.page || !found.page.isPublished) notFound();
  return found.page;
}
