import Link from "next/link";
import type { ReactNode } from "react";
import { Markup } from "@/components/ui/markup";
import type { PageLayout } from "@/lib/pages/utils";
import { EditPageLink } from "./edit-page-link";

type ViewPage = { id: number; title: string; contentHtml: string; isPublished: boolean };

/** The notice above a page that visitors cannot see yet (apps/pages templates: "This page is a draft"). */
export function DraftBanner({ pageId }: { pageId: number }) {
  return (
    <div role="status" className="alert alert-warning" data-testid="draft-banner">
      <span>
        This page is a draft: only editors see it; visitors get a 404 until it is published.{" "}
        <Link href={`/admin/pages/${pageId}/`} className="link font-semibold">
          Edit or publish it
        </Link>
      </span>
    </div>
  );
}

/**
 * A CMS page in the layout its template names (templates/pages/default.html: section sidebar;
 * psf/default.html: PSF sidebar; psf/full-width.html: no sidebar). The route composes the
 * pieces each layout shows (breadcrumbs, menus, boxes, the PSF banner) and passes them in.
 */
export function PageView({
  page,
  layout,
  breadcrumbs,
  sidebar,
  banner,
}: {
  page: ViewPage;
  layout: Exclude<PageLayout, "raw">;
  breadcrumbs?: ReactNode;
  sidebar?: ReactNode;
  banner?: ReactNode;
}) {
  const article = (
    <article className="min-w-0 space-y-4" data-layout={layout}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="text-3xl font-bold">{page.title}</h1>
        <EditPageLink pageId={page.id} />
      </div>
      <Markup html={page.contentHtml} />
    </article>
  );
  const withSidebar = layout !== "psf-full-width" && sidebar;
  return (
    <div className="space-y-4">
      {!page.isPublished && <DraftBanner pageId={page.id} />}
      {banner}
      {breadcrumbs}
      {withSidebar ? (
        <div
          className={`grid gap-8 ${layout === "psf" ? "md:grid-cols-[minmax(0,1fr)_16rem]" : "md:grid-cols-[14rem_minmax(0,1fr)]"}`}
        >
          {layout === "psf" ? (
            <>
              {article}
              <aside aria-label="About the PSF" className="space-y-4">
                {sidebar}
              </aside>
            </>
          ) : (
            <>
              <aside aria-label="In this section" className="order-last md:order-first">
                {sidebar}
              </aside>
              {article}
            </>
          )}
        </div>
      ) : (
        article
      )}
    </div>
  );
}
