import type { ReactNode } from "react";
import { BannerAlert } from "@/components/banners/banner-alert";
import { NewsList } from "@/components/blogs/news-list";
import { DownloadWidget } from "@/components/downloads/download-widget";
import { EventList } from "@/components/events/event-list";
import { SponsorGrid } from "@/components/sponsors/sponsor-grid";
import { StoryCard } from "@/components/success-stories/story-card";
import type { ActiveBanner } from "@/lib/banners/types";
import type { NewsItem } from "@/lib/blogs/types";
import type { LatestRelease } from "@/lib/downloads/types";
import { Box } from "./box";

type Props = {
  /** The slideshow of code samples on /, the interactive console on /shell/. */
  header: ReactNode;
  boxes: Record<string, string>;
  banner: ActiveBanner | null;
  release: LatestRelease | null;
  news: NewsItem[];
  events: Parameters<typeof EventList>[0]["events"];
  story: Parameters<typeof StoryCard>[0]["story"];
  sponsors: Parameters<typeof SponsorGrid>[0]["sponsors"];
};

/** templates/python/index.html below its header block: intro, banner, four widgets, news, events, story, PSF. */
export function HomeSections({ header, boxes, banner, release, news, events, story, sponsors }: Props) {
  const card = "card bg-base-200 p-4";
  return (
    <div className="space-y-8">
      {header}
      <Box label="homepage-introduction" html={boxes["homepage-introduction"]} className="text-lg" />
      {banner && <BannerAlert banner={banner} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Box label="homepage-get-started" html={boxes["homepage-get-started"]} className={card} />
        <DownloadWidget release={release} />
        <Box label="homepage-documentation" html={boxes["homepage-documentation"]} className={card} />
        <Box label="homepage-jobs" html={boxes["homepage-jobs"]} className={card} />
      </div>
      <div className="grid gap-8 md:grid-cols-2">
        <NewsList items={news} />
        <EventList events={events} />
      </div>
      <div className="grid gap-8 md:grid-cols-2">
        <StoryCard story={story} />
        <Box label="widget-use-python-for" html={boxes["widget-use-python-for"]} />
      </div>
      <Box label="widget-about-psf" html={boxes["widget-about-psf"]} className="card bg-base-200 p-6" />
      <SponsorGrid sponsors={sponsors} />
    </div>
  );
}
