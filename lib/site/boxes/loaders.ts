/** Page data that crosses domains: the home page (and /shell/, which is the home page with a console), the PSF news list. */
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { loadActiveBanner } from "@/lib/banners/loaders";
import { blogsTags } from "@/lib/blogs/constants";
import { loadLatestNews } from "@/lib/blogs/loaders";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadCodeSamples } from "@/lib/code-samples/loaders";
import { loadLatestPython3 } from "@/lib/downloads/loaders";
import { loadUpcomingEvents } from "@/lib/events/loaders";
import { loadHomepageSponsors } from "@/lib/sponsors/loaders";
import { loadFeaturedStory } from "@/lib/success-stories/loaders";
import { listAggregateEntries, type FeedListEntry } from "./data";

/**
 * templates/python/index.html's boxes. The download slot is the live DownloadWidget (the latest
 * release, its per-OS buttons and the install manager); the generated homepage-downloads box
 * carries the same facts and is served at /box/homepage-downloads/.
 */
export const HOME_BOXES = [
  "homepage-introduction",
  "homepage-get-started",
  "homepage-documentation",
  "homepage-jobs",
  "widget-use-python-for",
  "widget-about-psf",
];

export async function loadHome() {
  const [boxes, samples, banner, release, news, events, story, sponsors] = await Promise.all([
    loadBoxes(HOME_BOXES),
    loadCodeSamples(),
    loadActiveBanner(),
    loadLatestPython3(),
    loadLatestNews(),
    loadUpcomingEvents(),
    loadFeaturedStory(),
    loadHomepageSponsors(),
  ]);
  return { boxes, samples, banner, release, news, events, story, sponsors };
}

export type HomeData = Awaited<ReturnType<typeof loadHome>>;

/** {% feed_list 'psf-news' %} on the PSF landing: the aggregate's newest entries. */
export async function loadPsfNews(): Promise<FeedListEntry[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(blogsTags.blogs);
  return listAggregateEntries("psf-news", 5);
}
