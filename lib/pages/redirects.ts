/**
 * How a path that no app route claims is answered before any page renders (a resolver of the
 * proxy, lib/site/redirects.ts): a stored redirect (301, or 302 when not permanent), 410 Gone
 * for a redirect with no target, a raw page (sent with its own content type by /_raw/), or a
 * draft (shown to editors by /_draft/). Django runs RedirectFallbackMiddleware before
 * PageFallbackMiddleware, so a redirect wins over a page with the same path.
 *
 * The answer is cached per path (Redis when set, shared by every instance) and forgotten by the
 * page and redirect mutations, so the proxy costs one cache read per page request.
 */
import "server-only";
import { cacheBackend, cacheDelete, cached } from "@/lib/platform/cache";
import { getPageRouting } from "./data";
import { getRedirect } from "./redirect/data";
import { isRawPage, normalizePath } from "./utils";

export type PageRoute =
  | { kind: "redirect"; to: string; permanent: boolean }
  | { kind: "gone" }
  | { kind: "raw" }
  | { kind: "draft" }
  | { kind: "page" }
  | { kind: "none" };

const ROUTE_TTL_SECONDS = 300;
const routeKey = (path: string) => `pages:route:${normalizePath(path)}`;

async function lookup(path: string): Promise<PageRoute> {
  const redirect = await getRedirect(path);
  if (redirect)
    return redirect.newPath
      ? { kind: "redirect", to: redirect.newPath, permanent: redirect.permanent }
      : { kind: "gone" };
  const page = await getPageRouting(path);
  if (!page) return { kind: "none" };
  if (!page.isPublished) return { kind: "draft" };
  return isRawPage(page) ? { kind: "raw" } : { kind: "page" };
}

/** The route of a request path (decoded, with or without slashes). */
export async function resolvePageRoute(pathname: string): Promise<PageRoute> {
  const path = normalizePath(pathname);
  if (!path) return { kind: "none" };
  // Without Redis the cache is in-process, and the proxy's bundle holds its own copy that the
  // mutations' forgetPageRoutes never reaches: read the database each time (the embedded default).
  if (cacheBackend() === "memory") return lookup(path);
  return cached(routeKey(path), ROUTE_TTL_SECONDS, () => lookup(path));
}

/** Called by every write that can change how these paths answer. */
export async function forgetPageRoutes(paths: readonly string[]): Promise<void> {
  await Promise.all([...new Set(paths.map(routeKey))].map((key) => cacheDelete(key)));
}
