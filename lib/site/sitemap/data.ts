/**
 * /sitemap.xml: every public URL the site knows of, from the two lists that already name them:
 * the menus (every internal link the seeded site shows, which the link crawler keeps alive) and
 * the search sources (every published, visible object of every searchable domain, each with its
 * date). A domain that registers a search source is in the sitemap with no line of its own.
 */
import "server-only";
import { loadSiteChrome } from "@/lib/navigation/loaders";
import type { MenuLink, MenuSection } from "@/lib/navigation/types";
import { log } from "@/lib/platform/log";
import { PER_REQUEST_SECTIONS } from "@/lib/site/cdn-sections.mjs";
import { searchSources } from "@/lib/site/search/sources";

export type SitemapEntry = { path: string; lastModified?: Date };

/**
 * Only this site's own public pages: a path (not an external URL, a query, a fragment or a file)
 * outside the sections rendered per visitor (admin, accounts, users: sign-in forms, not content).
 */
const isPagePath = (url: string) =>
  /^\/(?!\/)[^?#]*$/.test(url) &&
  !/\.[a-z0-9]+$/i.test(url) &&
  !PER_REQUEST_SECTIONS.includes(url.split("/")[1] ?? "");

function menuPaths(sections: MenuSection[], trunk: MenuLink[]): string[] {
  const links = [...trunk, ...sections.flatMap((s) => [s, ...s.children])];
  return links.map((l) => l.url).filter(isPagePath);
}

export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const nav = await loadSiteChrome();
  const byPath = new Map<string, SitemapEntry>();
  for (const path of ["/", ...menuPaths([...nav.python, ...nav.psf, ...nav.footer], nav.trunk)])
    byPath.set(path, { path });
  for (const [type, source] of Object.entries(searchSources)) {
    try {
      for (const doc of await source.list()) {
        if (!isPagePath(doc.url)) continue;
        byPath.set(doc.url, { path: doc.url, lastModified: doc.date ?? undefined });
      }
    } catch (err) {
      // One broken source must not take the whole sitemap down.
      log.error({ err, type }, "sitemap: a search source failed to list");
    }
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}
