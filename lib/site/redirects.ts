/**
 * Permanent redirects the proxy answers before routing (a composition root): each domain that
 * keeps old python.org URLs alive registers its resolver here, one line each. A resolver returns
 * the new path, or null when the path is not one of its own.
 */
import "server-only";
import { resolveLegacyReleasePath } from "@/lib/downloads/redirects";
import { resolvePageRoute, type PageRoute } from "@/lib/pages/redirects";

// The proxy consults these for the paths its matcher sends it (proxy.ts config.matcher).
const resolvers: ((pathname: string) => Promise<string | null>)[] = [resolveLegacyReleasePath];

export async function findPermanentRedirect(pathname: string): Promise<string | null> {
  for (const resolve of resolvers) {
    const target = await resolve(pathname);
    if (target) return target;
  }
  return null;
}

/**
 * How the proxy answers a content path before routing (stored redirects, 410, raw pages,
 * editors' drafts: lib/pages/redirects.ts); `page` and `none` go on to the routes.
 */
export async function findContentRoute(pathname: string): Promise<PageRoute> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: "none" };
  }
  return resolvePageRoute(decoded);
}
