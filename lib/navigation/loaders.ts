import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { navigationTags } from "./constants";
import { listMenuSections } from "./data";
import type { MenuSection } from "./types";

export async function loadMainMenu(): Promise<MenuSection[]> {
  "use cache";
  cacheLife("days");
  cacheTag(navigationTags.navigation);
  return listMenuSections();
}

/** The menu plus the copyright year, cached together so the shell never reads the clock per request. */
export async function loadSiteChrome(): Promise<{ sections: MenuSection[]; year: number }> {
  "use cache";
  cacheLife("days");
  cacheTag(navigationTags.navigation);
  return { sections: await listMenuSections(), year: new Date().getUTCFullYear() };
}
