import { cacheLife, cacheTag } from "next/cache";
import { FEED_SIZE, MINUTES_PATH, minutesTags } from "./constants";
import { listFeedMinutes } from "./data";
import { isoDate, minutesPath } from "./utils";

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!,
  );

/**
 * RSS 2.0 of the newest minutes (apps/minutes/feeds.py MinutesFeed): the channel's title and
 * description as python.org's, each item "PSF Meeting Minutes for <date>" with the rendered
 * minutes as its description and the meeting day's midnight (UTC) as its date; links absolute.
 */
export function minutesFeedXml(items: { date: Date; contentHtml: string }[], siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  const channelLink = `${base}${MINUTES_PATH}`;
  const entries = items
    .map((m) => {
      const link = `${base}${minutesPath(m.date)}`;
      return [
        "<item>",
        `<title>${escapeXml(`PSF Meeting Minutes for ${isoDate(m.date)}`)}</title>`,
        `<link>${escapeXml(link)}</link>`,
        `<description>${escapeXml(m.contentHtml)}</description>`,
        `<pubDate>${m.date.toUTCString()}</pubDate>`,
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        "</item>",
      ].join("");
    })
    .join("\n");
  const built = items[0] ? `<lastBuildDate>${items[0].date.toUTCString()}</lastBuildDate>` : "";
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>PSF Board Meeting Minutes Feed</title><link>${escapeXml(channelLink)}</link><description>PSF Board Meeting Minutes</description><atom:link href="${escapeXml(`${channelLink}feed/`)}" rel="self"></atom:link><language>en-us</language>${built}
${entries}
</channel></rss>
`;
}

/** The feed, cached under the minutes tag, so a publish refreshes it with the pages. */
export async function renderMinutesFeed(siteUrl: string): Promise<string> {
  "use cache";
  cacheLife("hours");
  cacheTag(minutesTags.minutes);
  return minutesFeedXml(await listFeedMinutes(FEED_SIZE), siteUrl);
}
