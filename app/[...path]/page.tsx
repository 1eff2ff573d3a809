import type { Metadata } from "next";
import { Markup } from "@/components/ui/markup";
import { loadCmsPage } from "@/lib/pages/loaders";

// CMS pages: any path no other route claims (apps/pages PageFallbackMiddleware).
type Props = { params: Promise<{ path: string[] }> };

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
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <Markup html={page.contentHtml} />
    </article>
  );
}
