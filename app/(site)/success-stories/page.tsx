import type { Metadata } from "next";
import { Box } from "@/components/boxes/box";
import { StoryCategories } from "@/components/success-stories/story-categories";
import { StoryList } from "@/components/success-stories/story-list";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadStoryList } from "@/lib/success-stories/loaders";

export const metadata: Metadata = { title: "Our Success Stories" };

/** StoryList: the latest published stories, the categories and the "submit yours" box. */
export default async function SuccessStoriesPage() {
  const [{ stories, categories }, boxes] = await Promise.all([
    loadStoryList(),
    loadBoxes(["successstory-submityours"]),
  ]);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
      <section aria-labelledby="stories-title" className="space-y-6">
        <h1 id="stories-title" className="text-3xl font-bold">
          Python Success Stories
        </h1>
        <StoryList stories={stories} />
      </section>
      <aside className="space-y-4">
        <Box html={boxes["successstory-submityours"]} label="successstory-submityours" className="card bg-base-200 p-4" />
        <StoryCategories categories={categories} />
      </aside>
    </div>
  );
}
