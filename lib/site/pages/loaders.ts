/**
 * What a CMS page shows around its content, by layout (a composition root: navigation, banners
 * and boxes are other domains). Every piece is a cached loader, so a page render costs cache
 * reads, not queries.
 */
import "server-only";
import { loadActivePsfBanner } from "@/lib/banners/loaders";
import type { ActiveBanner } from "@/lib/banners/types";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadBreadcrumbs, loadSectionMenu } from "@/lib/navigation/loaders";
import type { Crumb, SectionMenu } from "@/lib/navigation/types";
import type { PageLayout } from "@/lib/pages/utils";

/** templates/psf/default.html: the PSF pages' sidebar box. */
export const PSF_SIDEBAR_BOX = "widget-sidebar-aboutpsf";

export type PageChrome = {
  breadcrumbs: Crumb[];
  section: SectionMenu | null;
  psfBanner: ActiveBanner | null;
  psfSidebarHtml: string | null;
};

export async function loadPageChrome(path: string, title: string, layout: PageLayout): Promise<PageChrome> {
  const psf = layout === "psf" || layout === "psf-full-width";
  const [breadcrumbs, section, psfBanner, boxes] = await Promise.all([
    loadBreadcrumbs(`/${path}/`, title),
    layout === "psf-full-width" ? null : loadSectionMenu(`/${path}/`),
    psf ? loadActivePsfBanner() : null,
    layout === "psf" ? loadBoxes([PSF_SIDEBAR_BOX]) : null,
  ]);
  return { breadcrumbs, section, psfBanner, psfSidebarHtml: boxes?.[PSF_SIDEBAR_BOX] ?? null };
}
