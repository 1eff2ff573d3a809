import type { Metadata } from "next";
import { StoryView } from "@/components/success-stories/story-view";
import { loadStory, loadStorySlugs } from "@/lib/success-stories/loaders";

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await loadStorySlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await loadStory((await params).slug);
  return { title: `${story.name} | Our Success Stories`, description: story.pullQuote };
}

export default async function StoryPage({ params }: Props) {
  const { story, categories } = await loadStory((await params).slug);
  return <StoryView story={story} categories={categories} />;
}
