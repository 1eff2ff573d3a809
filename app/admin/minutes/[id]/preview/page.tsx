import type { Metadata } from "next";
import Link from "next/link";
import { MinutesView } from "@/components/minutes/minutes-view";
import { loadMinutesPreview } from "@/lib/minutes/admin/loaders";

export const metadata: Metadata = { title: "Minutes preview · Admin", robots: { index: false } };

export default async function MinutesPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { minutes, sameYear } = await loadMinutesPreview(id);
  return (
    <div className="space-y-4">
      <div role="status" className={`alert ${minutes.isPublished ? "alert-info" : "alert-warning"}`}>
        <span>
          {minutes.isPublished
            ? "Preview of published minutes."
            : "This is a draft: visitors get a 404 until it is published."}{" "}
          <Link href={`/admin/minutes/${id}/`} className="link font-semibold">
            Back to editing
          </Link>
        </span>
      </div>
      <MinutesView
        minutes={{ date: minutes.date, contentHtml: minutes.contentRendered }}
        sameYear={sameYear}
      />
    </div>
  );
}
