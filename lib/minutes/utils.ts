/**
 * Meeting dates are calendar dates (a PostgreSQL `date`, read as midnight UTC): every helper here
 * works in UTC so the server's zone never moves a meeting to the day before.
 */
import { MINUTES_PATH } from "./constants";
import type { MinutesLink, MinutesYear } from "./types";

const pad = (n: number) => String(n).padStart(2, "0");

/** Minutes.get_date_year/month/day: "2012", "01", "01". */
export function dateParts(date: Date): { year: string; month: string; day: string } {
  return {
    year: String(date.getUTCFullYear()).padStart(4, "0"),
    month: pad(date.getUTCMonth() + 1),
    day: pad(date.getUTCDate()),
  };
}

/** "2024-01-05" (also Django's str(date), used in the feed titles). */
export function isoDate(date: Date): string {
  const { year, month, day } = dateParts(date);
  return `${year}-${month}-${day}`;
}

/** Minutes.get_absolute_url: /psf/records/board/minutes/YYYY-MM-DD/. */
export const minutesPath = (date: Date) => `${MINUTES_PATH}${isoDate(date)}/`;

/**
 * The date of a /YYYY-MM-DD/ URL segment (apps/minutes/urls.py's pattern), or null when the
 * segment is not one or names no real day (2024-02-30): such URLs are 404s, never errors.
 */
export function parseMinutesDate(segment: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(segment);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : null;
}

const longDate = new Intl.DateTimeFormat("en-US", {
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** Django's `date` filter with DATE_FORMAT "N j, Y" as python.org shows it: "January 5, 2024". */
export const formatMinutesDate = (date: Date) => longDate.format(date);

/** The archive grouped by year ({% ifchanged m.date|date:"Y" %}), keeping the given order. */
export function groupByYear(minutes: MinutesLink[]): MinutesYear[] {
  const years: MinutesYear[] = [];
  for (const m of minutes) {
    const year = m.date.getUTCFullYear();
    const last = years.at(-1);
    if (last?.year === year) last.minutes.push(m);
    else years.push({ year, minutes: [m] });
  }
  return years;
}
