import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { navigationTags } from "./constants";
import { listMenuNodes } from "./data";
import type { Crumb, SectionMenu, SiteNavigation } from "./types";
import { breadcrumbsFor, buildNavigation, sectionMenuFor } from "./utils";

async function loadMenuNodes() {
  "use cache";
  cacheLife("days");
  cacheTag(navigationTags.navigation);
  return listMenuNodes();
}

/** The shell's menus plus the copyright year, cached together so the shell never reads the clock per request. */
export async function loadSiteChrome(): Promise<SiteNavigation & { year: number }> {
  "use cache";
  cacheLife("days");
  cacheTag(navigationTags.navigation);
  return { ...buildNavigation(await loadMenuNodes()), year: new Date().getUTCFullYear() };
}

/** Breadcrumbs for a page path (components/layout/breadcrumbs.tsx); [] when there is nothing to show. */
export async function loadBreadcrumbs(path: string, pageTitle?: string): Promise<Crumb[]> {
  "use cache";
  cacheLife("days");
  cacheTag(navigationTags.navigation);
  return breadcrumbsFor(await loadMenuNodes(), path, pageTitle);
}

/** The section sidebar for a page path (components/layout/section-sidebar.tsx); null outside any section. */
export async function loadSectionMenu(path: string): Promise<SectionMenu | null> {
  "use cache";
  cacheLife("days");
  cacheTag(navigationTags.navigation);
  return sectionMenuFor(await loadMenuNodes(), path);
}
