import Link from "next/link";
import { Markup } from "@/components/ui/markup";
import { categoryPath, STORIES_PATH } from "@/lib/success-stories/constants";
import type { StoryCategoryLink, StoryDetail } from "@/lib/success-stories/types";
import { StoryCategories } from "./story-categories";

/** templates/successstories/story_detail.html: the story, its company and the categories. */
export function StoryView({
  story,
  categories,
  draftNotice,
}: {
  story: StoryDetail;
  categories: StoryCategoryLink[];
  draftNotice?: boolean;
}) {
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
      <article className="space-y-4" aria-labelledby="story-title">
        {draftNotice && !story.isPublished && (
          <p role="status" className="alert alert-warning">
            This story is a draft: visitors do not see it until it is published.
          </p>
        )}
        <p className="text-sm">
          <Link className="link" href={STORIES_PATH}>
            Success stories
          </Link>
          {" › "}
          <Link className="link" href={categoryPath(story.category.slug)}>
            {story.category.name}
          </Link>
        </p>
        <h1 id="story-title" className="text-3xl font-bold">
          {story.name}
        </h1>
        <blockquote className="border-secondary border-l-4 pl-4 text-lg italic">{story.pullQuote}</blockquote>
        <p>
          Written by {story.author},{" "}
          {story.companyUrl ? (
            <a className="link" href={story.companyUrl} rel="nofollow noopener">
              {story.companyName}
            </a>
          ) : (
            story.companyName
          )}
        </p>
        {story.imageUrl && (
          // A stored upload of any size: next/image would need its dimensions.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={story.imageUrl} alt="" className="max-h-96 rounded" />
        )}
        <Markup html={story.contentHtml} />
      </article>
      <aside className="space-y-4">
        {story.company && (
          <section aria-labelledby="story-company" className="card bg-base-200 p-4">
            <h2 id="story-company" className="mb-2 text-lg font-semibold">
              About {story.company.name}
            </h2>
            {story.company.logoUrl && (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={story.company.logoUrl} alt={`${story.company.name} logo`} className="mb-2 max-h-24" />
            )}
            {story.company.aboutHtml && <Markup html={story.company.aboutHtml} />}
            {story.company.url && (
              <a className="link" href={story.company.url} rel="nofollow noopener">
                {story.company.name}&apos;s website
              </a>
            )}
          </section>
        )}
        <StoryCategories categories={categories} current={story.category.slug} />
      </aside>
    </div>
  );
}
