import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { rssXml } from "@/lib/platform/rss";
import { eventsTags } from "./constants";
import { getCalendarBySlug, listEvents } from "./data";
import { getExportEvent, listExportEvents } from "./ics/data";
import { buildIcs } from "./ics/feed";
import { dateLine, dateLineText, eventPath } from "./utils";

const FEED_SIZE = 20;
const host = (siteUrl: string) => new URL(siteUrl).hostname;

/**
 * /events/<cal>/feed.rss: the calendar's next 20 events, soonest first; each item's date is its
 * next occurrence and its description the date line, the venue and the description. Null for an
 * unknown calendar.
 */
export async function renderEventsRss(slug: string, siteUrl: string): Promise<string | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(eventsTags.events);
  const calendar = await getCalendarBySlug(slug);
  if (!calendar) return null;
  const base = siteUrl.replace(/\/$/, "");
  const { items } = await listEvents("upcoming", new Date(), { calendarId: calendar.id }, FEED_SIZE);
  return rssXml({
    title: calendar.name,
    link: `${base}/events/${slug}/`,
    description: calendar.description ?? `Upcoming events of the ${calendar.name}`,
    selfLink: `${base}/events/${slug}/feed.rss`,
    items: items.map((e) => ({
      title: e.title,
      link: `${base}${eventPath(slug, e.id)}`,
      description: [`<p>${dateLineText(dateLine(e, e.zone))}</p>`, e.venue ? `<p>${e.venue.name}${e.venue.address ? `, ${e.venue.address}` : ""}</p>` : "", `<p>${e.excerpt}</p>`].join(""),
      pubDate: e.start,
    })),
  });
}

/** /events/<cal>/events.ics: every published event of the calendar, RRULEs kept. */
export async function renderCalendarIcs(slug: string, siteUrl: string): Promise<string | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(eventsTags.events);
  const calendar = await getCalendarBySlug(slug);
  if (!calendar) return null;
  return buildIcs(calendar.name, await listExportEvents(calendar.id, siteUrl), host(siteUrl));
}

/** /events/<cal>/<pk>/event.ics: one event, for "add to calendar". */
export async function renderEventIcs(slug: string, id: number, siteUrl: string): Promise<string | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(eventsTags.events);
  const event = await getExportEvent(slug, id, siteUrl);
  return event ? buildIcs(event.title, [event], host(siteUrl)) : null;
}
