import "server-only";
import { db } from "@/lib/platform/db";
import type { MinutesDetail, MinutesLink } from "./types";

/** MinutesQuerySet.published() / .draft(): the meeting dates in either state, oldest first. */
export async function listMinutesDates(state: "published" | "draft"): Promise<Date[]> {
  const rows = await db.minutes.findMany({
    where: { isPublished: state === "published" },
    orderBy: { date: "asc" },
    select: { date: true },
  });
  return rows.map((r) => r.date);
}

/** MinutesQuerySet.latest(): published minutes, newest first (the archive and the feed). */
export async function listLatestMinutes(limit?: number): Promise<MinutesLink[]> {
  return db.minutes.findMany({
    where: { isPublished: true },
    orderBy: { date: "desc" },
    take: limit,
    select: { date: true, isPublished: true },
  });
}

/** The feed's items: the newest published minutes with their rendered content. */
export async function listFeedMinutes(limit: number): Promise<{ date: Date; contentHtml: string }[]> {
  const rows = await db.minutes.findMany({
    where: { isPublished: true },
    orderBy: { date: "desc" },
    take: limit,
    select: { date: true, contentRendered: true },
  });
  return rows.map((r) => ({ date: r.date, contentHtml: r.contentRendered }));
}

/** One meeting's minutes by date, published or not (callers decide who sees a draft). */
export async function getMinutesByDate(date: Date): Promise<MinutesDetail | null> {
  const row = await db.minutes.findUnique({
    where: { date },
    select: { id: true, date: true, contentRendered: true, isPublished: true },
  });
  return (
    row && { id: row.id, date: row.date, contentHtml: row.contentRendered, isPublished: row.isPublished }
  );
}

/**
 * The same year's published minutes, oldest first (MinutesDetail.same_year_minutes; python.org
 * lists drafts there too, which would link visitors to 404s).
 */
export async function listSameYearMinutes(year: number): Promise<MinutesLink[]> {
  return db.minutes.findMany({
    where: {
      isPublished: true,
      date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
    },
    orderBy: { date: "asc" },
    select: { date: true, isPublished: true },
  });
}
