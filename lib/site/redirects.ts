/**
 * Permanent redirects the proxy answers before routing (a composition root): each domain that
 * keeps old python.org URLs alive registers its resolver here, one line each. A resolver returns
 * the new path, or null when the path is not one of its own.
 */
import "server-only";
import { resolveLegacyReleasePath } from "@/lib/downloads/redirects";

// The proxy consults these for the paths its matcher sends it (proxy.ts config.matcher).
const resolvers: ((pathname: string) => Promise<string | null>)[] = [
  resolveLegacyReleasePath,
];

export async function findPermanentRedirect(pathname: string): Promise<string | null> {
  for (const resolve of resolvers) {
    const target = await resolve(pathname);
    if (target) return target;
  }
  return null;
}
