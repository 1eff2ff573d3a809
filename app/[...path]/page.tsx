import type { Metadata } from "next";
import { CmsPageView } from "@/components/pages/cms-page";
import { loadCmsPage } from "@/lib/pages/loaders";
import { layoutOf } from "@/lib/pages/utils";
import { loadPageChrome } from "@/lib/site/pages/loaders";

// CMS pages: any path no other route claims (apps/pages PageFallbackMiddleware). Rendered on
// first request and cached until a page, menu, box or banner it shows changes (tags).
type Props = { params: Promise<{ path: string[] }> };

export async function generateStaticParams(): Promise<{ path: string[] }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadCmsPage((await params).path);
  return {
    title: page.title,
    description: page.description || undefined,
    keywords: page.keywords || undefined,
  };
}

export default async function CmsPage({ params }: Props) {
  const page = await loadCmsPage((await params).path);
  const layout = layoutOf(page.templateName);
  // loadCmsPage never returns a raw page (those are sent by /_raw/).
  if (layout === "raw") return null;
  return (
    <CmsPageView page={page} layout={layout} chrome={await loadPageChrome(page.path, page.title, layout)} />
  );
}
