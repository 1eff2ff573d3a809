import type { Metadata } from "next";
import Link from "next/link";
import { CmsPageView } from "@/components/pages/cms-page";
import { Markup } from "@/components/ui/markup";
import { loadAdminPage } from "@/lib/pages/admin/loaders";
import { layoutOf } from "@/lib/pages/utils";
import { loadPageChrome } from "@/lib/site/pages/loaders";

export const metadata: Metadata = { title: "Page preview · Admin", robots: { index: false } };

/** The page as visitors will see it once published, in its layout, from the saved version. */
export default async function PagePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = await loadAdminPage(id, "preview/");
  const layout = layoutOf(page.templateName);
  const view = { ...page, contentHtml: page.contentRendered };
  return (
    <div className="space-y-4">
      <div role="status" className="alert alert-info" data-testid="preview-banner">
        <span>
          Preview of the saved page.{" "}
          <Link href={`/admin/pages/${id}/`} className="link font-semibold">
            Back to editing
          </Link>
        </span>
      </div>
      {layout === "raw" ? (
        <Markup html={page.contentRendered} />
      ) : (
        <CmsPageView
          page={view}
          layout={layout}
          chrome={await loadPageChrome(page.path, page.title, layout)}
        />
      )}
    </div>
  );
}
