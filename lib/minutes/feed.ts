import { cacheLife, cacheTag } from "next/cache";
import { rssXml } from "@/lib/platform/rss";
import { FEED_SIZE, MINUTES_PATH, minutesTags } from "./constants";
import { listFeedMinutes } from "./data";
import { isoDate, minutesPath } from "./utils";

/**
 * RSS 2.0 of the newest minutes (apps/minutes/feeds.py MinutesFeed): the channel's title and
 * description as python.org's, each item "PSF Meeting Minutes for <date>" with the rendered
 * minutes as its description and the meeting day's midnight (UTC) as its date; links absolute.
 */
export function minutesFeedXml(items: { date: Date; contentHtml: string }[], siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  const channelLink = `${base}${MINUTES_PATH}`;
  return rssXml({
    title: "PSF Board Meeting Minutes Feed",
    link: channelLink,
    description: "PSF Board Meeting Minutes",
    selfLink: `${channelLink}feed/`,
    lastBuildDate: items[0]?.date,
    items: items.map((m) => ({
      title: `PSF Meeting Minutes for ${isoDate(m.date)}`,
      link: `${base}${minutesPath(m.date)}`,
      description: m.contentHtml,
      pubDate: m.date,
    })),
  });
}

/** The feed, cached under the minutes tag, so a publish refreshes it with the pages. */
export async function renderMinutesFeed(siteUrl: string): Promise<string> {
  "use cache";
  cacheLife("hours");
  cacheTag(minutesTags.minutes);
  return minutesFeedXml(await listFeedMinutes(FEED_SIZE), siteUrl);
}
