import type { Metadata } from "next";
import Link from "next/link";
import { ReleaseView } from "@/components/downloads/release-view";
import { loadReleasePreview } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Release preview · Admin", robots: { index: false } };

export default async function ReleasePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const release = await loadReleasePreview(id);
  return (
    <div className="space-y-4">
      <div role="status" className="alert alert-info" data-testid="preview-banner">
        <span>
          Preview of the release page{release.isPublished ? "" : ": not published yet, visitors get a 404"}.{" "}
          <Link href={`/admin/downloads/releases/${id}/`} className="link font-semibold">
            Back to editing
          </Link>
        </span>
      </div>
      <ReleaseView release={release} />
    </div>
  );
}
