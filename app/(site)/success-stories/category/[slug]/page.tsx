import type { Metadata } from "next";
import { StoryCategories } from "@/components/success-stories/story-categories";
import { StoryList } from "@/components/success-stories/story-list";
import { loadStoryCategory } from "@/lib/success-stories/loaders";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category } = await loadStoryCategory((await params).slug);
  return { title: `${category.name} | Our Success Stories` };
}

/** StoryListCategory: one category's published stories, newest first. */
export default async function StoryCategoryPage({ params }: Props) {
  const { category, categories } = await loadStoryCategory((await params).slug);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
      <section aria-labelledby="category-title" className="space-y-6">
        <h1 id="category-title" className="text-3xl font-bold">
          {category.name} success stories
        </h1>
        <StoryList stories={category.stories} showCategory={false} />
      </section>
      <aside>
        <StoryCategories categories={categories} current={category.slug} />
      </aside>
    </div>
  );
}
