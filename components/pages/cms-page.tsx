import { BannerAlert } from "@/components/banners/banner-alert";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SectionSidebar } from "@/components/layout/section-sidebar";
import { Markup } from "@/components/ui/markup";
import type { CmsPage } from "@/lib/pages/types";
import type { PageLayout } from "@/lib/pages/utils";
import type { PageChrome } from "@/lib/site/pages/loaders";
import { PageView } from "./page-view";

/** A CMS page with the chrome its layout shows (breadcrumbs, section menu, PSF banner and sidebar). */
export function CmsPageView({
  page,
  layout,
  chrome,
}: {
  page: CmsPage;
  layout: Exclude<PageLayout, "raw">;
  chrome: PageChrome;
}) {
  const menu = chrome.section && <SectionSidebar menu={chrome.section} />;
  const sidebar =
    layout === "psf" ? (
      <>
        {chrome.psfSidebarHtml && <Markup html={chrome.psfSidebarHtml} className="card bg-base-200 p-4" />}
        {menu}
      </>
    ) : (
      menu
    );
  return (
    <PageView
      page={page}
      layout={layout}
      breadcrumbs={chrome.breadcrumbs.length > 1 ? <Breadcrumbs items={chrome.breadcrumbs} /> : null}
      sidebar={sidebar || null}
      banner={chrome.psfBanner && <BannerAlert banner={chrome.psfBanner} />}
    />
  );
}
