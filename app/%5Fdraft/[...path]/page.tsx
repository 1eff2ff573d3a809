import type { Metadata } from "next";
import { CmsPageView } from "@/components/pages/cms-page";
import { Markup } from "@/components/ui/markup";
import { DraftBanner } from "@/components/pages/page-view";
import { loadEditorPage } from "@/lib/pages/loaders";
import { layoutOf } from "@/lib/pages/utils";
import { loadPageChrome } from "@/lib/site/pages/loaders";

// An unpublished page at its own URL, for editors only (apps/pages: staff see drafts with a
// banner). The proxy sends signed-in visitors of a draft's path here; everyone else who is not
// an editor gets the same 404 as for a missing page. Rendered per request, never cached.
type Props = { params: Promise<{ path: string[] }> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function DraftPage({ params }: Props) {
  const page = await loadEditorPage((await params).path);
  const layout = layoutOf(page.templateName);
  if (layout === "raw")
    return (
      <div className="space-y-4">
        {!page.isPublished && <DraftBanner pageId={page.id} />}
        <Markup html={page.contentHtml} />
      </div>
    );
  return (
    <CmsPageView page={page} layout={layout} chrome={await loadPageChrome(page.path, page.title, layout)} />
  );
}
