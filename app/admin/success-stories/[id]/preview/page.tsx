import type { Metadata } from "next";
import Link from "next/link";
import { StoryView } from "@/components/success-stories/story-view";
import { loadStoryPreview } from "@/lib/success-stories/admin/loaders";

export const metadata: Metadata = { title: "Story preview · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

/** StoryDetail as staff see it: drafts too, with a notice. */
export default async function AdminStoryPreviewPage({ params }: Props) {
  const { id } = await params;
  const { story, categories } = await loadStoryPreview(id);
  return (
    <div className="space-y-4">
      <Link className="link" href={`/admin/success-stories/${id}/`}>
        Back to the change form
      </Link>
      <StoryView story={story} categories={categories} draftNotice />
    </div>
  );
}
