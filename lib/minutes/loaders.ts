import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound } from "next/navigation";
import { minutesTags } from "./constants";
import { getMinutesByDate, listLatestMinutes, listSameYearMinutes } from "./data";
import type { MinutesDetail, MinutesLink, MinutesYear } from "./types";
import { groupByYear, isoDate, parseMinutesDate } from "./utils";

/** The archive: published minutes grouped by year, newest first (MinutesList for visitors). */
export async function loadMinutesArchive(): Promise<MinutesYear[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(minutesTags.minutes);
  return groupByYear(await listLatestMinutes());
}

/** Dates to prerender at build time; others render on first request. */
export async function loadMinutesDates(): Promise<string[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(minutesTags.minutes);
  return (await listLatestMinutes()).map((m) => isoDate(m.date));
}

async function publishedMinutes(
  iso: string,
): Promise<{ minutes: MinutesDetail; sameYear: MinutesLink[] } | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(minutesTags.minutes);
  const date = parseMinutesDate(iso);
  const minutes = date && (await getMinutesByDate(date));
  if (!minutes?.isPublished) return null;
  return { minutes, sameYear: await listSameYearMinutes(minutes.date.getUTCFullYear()) };
}

/**
 * A published meeting's minutes and its year's list, or 404: for a draft (the public page is
 * cached for everyone, so staff read drafts in the admin's preview) and for a URL naming no
 * real date.
 */
export async function loadMinutes(segment: string) {
  if (!parseMinutesDate(segment)) notFound();
  const found = await publishedMinutes(segment);
  if (!found) notFound();
  return found;
}
