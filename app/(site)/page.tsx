import { BannerAlert } from "@/components/banners/banner-alert";
import { NewsList } from "@/components/blogs/news-list";
import { CodeSamples } from "@/components/code-samples/code-samples";
import { DownloadWidget } from "@/components/downloads/download-widget";
import { EventList } from "@/components/events/event-list";
import { SponsorGrid } from "@/components/sponsors/sponsor-grid";
import { StoryCard } from "@/components/success-stories/story-card";
import { Markup } from "@/components/ui/markup";
import { loadActiveBanner } from "@/lib/banners/loaders";
import { loadLatestNews } from "@/lib/blogs/loaders";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadCodeSamples } from "@/lib/code-samples/loaders";
import { loadLatestPython3 } from "@/lib/downloads/loaders";
import { loadUpcomingEvents } from "@/lib/events/loaders";
import { loadHomepageSponsors } from "@/lib/sponsors/loaders";
import { loadFeaturedStory } from "@/lib/success-stories/loaders";

// templates/python/index.html: the homepage is composed of boxes plus live widgets.
const BOXES = [
  "homepage-introduction",
  "homepage-get-started",
  "homepage-documentation",
  "homepage-jobs",
  "widget-about-psf",
];

export default async function HomePage() {
  const [boxes, samples, banner, release, news, events, story, sponsors] = await Promise.all([
    loadBoxes(BOXES),
    loadCodeSamples(),
    loadActiveBanner(),
    loadLatestPython3(),
    loadLatestNews(),
    loadUpcomingEvents(),
    loadFeaturedStory(),
    loadHomepageSponsors(),
  ]);
  return (
    <div className="space-y-8">
      <CodeSamples samples={samples} />
      {boxes["homepage-introduction"] && <Markup html={boxes["homepage-introduction"]} className="text-lg" />}
      {banner && <BannerAlert banner={banner} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {boxes["homepage-get-started"] && (
          <Markup html={boxes["homepage-get-started"]} className="card bg-base-200 p-4" />
        )}
        <DownloadWidget release={release} />
        {boxes["homepage-documentation"] && (
          <Markup html={boxes["homepage-documentation"]} className="card bg-base-200 p-4" />
        )}
        {boxes["homepage-jobs"] && <Markup html={boxes["homepage-jobs"]} className="card bg-base-200 p-4" />}
      </div>
      <div className="grid gap-8 md:grid-cols-2">
        <NewsList items={news} />
        <EventList events={events} />
      </div>
      <div className="grid gap-8 md:grid-cols-2">
        <StoryCard story={story} />
        {boxes["widget-about-psf"] && <Markup html={boxes["widget-about-psf"]} />}
      </div>
      <SponsorGrid sponsors={sponsors} />
    </div>
  );
}
