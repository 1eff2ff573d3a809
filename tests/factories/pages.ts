/**
 * Demo CMS pages (apps/pages), in our own words: one page for every internal link of the seeded
 * menus that no app route serves (tests/factories/navigation.ts, siteTreeInternalUrls()). The
 * content lives in tests/factories/pages/*.ts; most pages are Markdown, about a third
 * reStructuredText and a few HTML, rendered on write as the admin does.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";
import { ABOUT_PAGES } from "./pages/about";
import { COMMUNITY_PAGES } from "./pages/community";
import { COMMUNITY_MORE_PAGES } from "./pages/community-more";
import { DEV_PAGES } from "./pages/dev";
import { PSF_PAGES } from "./pages/psf";
import { PSF_GRANTS_PAGES } from "./pages/psf-grants";
import { PSF_LEGAL_PAGES } from "./pages/psf-legal";
import { PSF_SUPPORT_PAGES } from "./pages/psf-support";
import type { PageSeed } from "./pages/types";

export type { PageSeed } from "./pages/types";

export const PAGES: PageSeed[] = [
  ...ABOUT_PAGES,
  ...COMMUNITY_PAGES,
  ...COMMUNITY_MORE_PAGES,
  ...DEV_PAGES,
  ...PSF_PAGES,
  ...PSF_SUPPORT_PAGES,
  ...PSF_GRANTS_PAGES,
  ...PSF_LEGAL_PAGES,
];

/** The stored markup columns of a page: source, type and the sanitized HTML. */
export const pageContent = (p: PageSeed) => ({
  content: p.body,
  contentMarkupType: p.markup,
  contentRendered: renderMarkup(p.body, p.markup),
});

/** Idempotent: creates the pages that are missing and never overwrites an existing one. */
export async function seedPages(db: PrismaClient, creatorId: number | null) {
  const existing = new Set(
    (
      await db.page.findMany({ where: { path: { in: PAGES.map((p) => p.path) } }, select: { path: true } })
    ).map((p) => p.path),
  );
  for (const p of PAGES) {
    if (existing.has(p.path)) continue;
    await db.page.upsert({
      where: { path: p.path },
      update: {},
      create: {
        path: p.path,
        title: p.title,
        keywords: p.keywords ?? "",
        description: p.description ?? "",
        isPublished: true,
        templateName: p.template ?? "",
        ...pageContent(p),
        creatorId,
      },
    });
  }
}
