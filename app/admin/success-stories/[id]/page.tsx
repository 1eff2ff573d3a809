import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveStoryAction } from "@/lib/success-stories/admin/actions";
import { storyFields } from "@/lib/success-stories/admin/constants";
import { loadAdminStory } from "@/lib/success-stories/admin/loaders";
import { storyPath } from "@/lib/success-stories/constants";

export const metadata: Metadata = { title: "Success story · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminStoryPage({ params }: Props) {
  const { story, categories, companies, imageUrl } = await loadAdminStory((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/success-stories/">
        All success stories
      </Link>
      <h1 className="text-3xl font-bold">{story.name}</h1>
      <p className="flex flex-wrap gap-4">
        <span className="badge">{story.isPublished ? "Published" : "Draft"}</span>
        <Link className="link" href={`/admin/success-stories/${story.id}/preview/`}>
          Preview
        </Link>
        {story.isPublished && (
          <Link className="link" href={storyPath(story.slug)}>
            View on the site
          </Link>
        )}
      </p>
      {imageUrl && (
        <figure className="space-y-1">
          {/* A stored upload of any size: next/image would need its dimensions. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={imageUrl} alt={`The image of ${story.name}`} className="max-h-48 rounded" data-testid="story-image" />
          <figcaption className="text-sm">The current image.</figcaption>
        </figure>
      )}
      <ModelForm
        action={saveStoryAction}
        fields={storyFields(categories, companies, Boolean(imageUrl))}
        initial={{
          name: story.name,
          slug: story.slug,
          categoryId: String(story.categoryId),
          companyName: story.companyName,
          companyUrl: story.companyUrl,
          companyId: story.companyId ? String(story.companyId) : "",
          author: story.author,
          authorEmail: story.authorEmail ?? "",
          pullQuote: story.pullQuote,
          contentMarkupType: story.contentMarkupType,
          content: story.content,
          isPublished: story.isPublished,
          featured: story.featured,
          removeImage: false,
        }}
        hidden={{ id: story.id }}
        submitLabel="Save"
        label={`Edit the story ${story.name}`}
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      />
    </div>
  );
}
