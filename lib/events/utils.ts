import * as rruleModule from "rrule";
import type { Frequency } from "rrule";
import { toWallClock, zoneAbbreviation } from "./zone/utils";

// rrule ships a UMD bundle: bundlers see its named exports, Node's ESM loader (tsx scripts such
// as the seed and the search reindex) only a default export holding them.
const { RRule } =
  "RRule" in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;

// apps/events/models.py RecurringRule.frequency stores dateutil constants: 0 yearly .. 3 daily.
const FREQUENCIES: Record<number, Frequency> = {
  0: RRule.YEARLY,
  1: RRule.MONTHLY,
  2: RRule.WEEKLY,
  3: RRule.DAILY,
};

export type RecurrenceInput = { begin: Date; finish: Date; frequency: number; interval: number };

/** The first occurrence of a recurring rule strictly after `after` (on UTC), or null when none remains. */
export function nextOccurrence(rule: RecurrenceInput, after: Date): Date | null {
  const freq = FREQUENCIES[rule.frequency];
  if (freq === undefined) return null;
  const rrule = new RRule({
    freq,
    interval: Math.max(1, rule.interval),
    dtstart: rule.begin,
    until: rule.finish,
  });
  return rrule.after(after, false);
}

// Django's "N" format: Associated Press month abbreviations.
const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** Django `d N` on a wall clock: "02 Dec.". */
const dayMonth = (w: Date) => `${pad(w.getUTCDate())} ${AP_MONTHS[w.getUTCMonth()]}`;
/** Django `fA|lower`: "6pm", "6:30pm", "12am". */
function clock(w: Date): string {
  const h = w.getUTCHours() % 12 || 12;
  const m = w.getUTCMinutes();
  return `${h}${m ? `:${pad(m)}` : ""}${w.getUTCHours() < 12 ? "am" : "pm"}`;
}

export type DateLine = {
  singleDay: boolean;
  allDay: boolean;
  validEnd: boolean;
  startDay: string;
  endDay: string;
  /** "6pm EST", or null for an all-day occurrence. */
  startTime: string | null;
  endTime: string | null;
  startYear: number;
  endYear: number;
  startIso: string;
  endIso: string;
};

/**
 * The parts of apps/events event_detail.html's date line for one occurrence: wall-clock times in
 * the event's zone with its abbreviation; an all-day occurrence keeps its UTC dates and shows its
 * last day (the occurrence's end is the exclusive midnight after it).
 */
export function dateLine(o: { start: Date; end: Date; allDay: boolean }, zone: string): DateLine {
  const tz = o.allDay ? "UTC" : zone;
  const start = toWallClock(o.start, tz);
  const lastEnd = o.allDay ? new Date(Math.max(o.start.getTime(), o.end.getTime() - DAY)) : o.end;
  const end = toWallClock(lastEnd, tz);
  const sameDate = start.toISOString().slice(0, 10) === end.toISOString().slice(0, 10);
  return {
    singleDay: sameDate,
    allDay: o.allDay,
    validEnd: Math.floor(o.end.getTime() / 60_000) > Math.floor(o.start.getTime() / 60_000),
    startDay: dayMonth(start),
    endDay: dayMonth(end),
    startTime: o.allDay ? null : `${clock(start)} ${zoneAbbreviation(zone, o.start)}`,
    endTime: o.allDay ? null : `${clock(end)} ${zoneAbbreviation(zone, lastEnd)}`,
    startYear: start.getUTCFullYear(),
    endYear: end.getUTCFullYear(),
    startIso: o.allDay ? start.toISOString().slice(0, 10) : o.start.toISOString(),
    endIso: o.allDay ? end.toISOString().slice(0, 10) : lastEnd.toISOString(),
  };
}

/** The detail page's date line as one string (event_detail.html). */
export function dateLineText(l: DateLine): string {
  if (l.singleDay) {
    const times = l.startTime ? ` from ${l.startTime}${l.validEnd ? ` to ${l.endTime}` : ""}` : "";
    return `${l.startDay}${times}, ${l.endYear}`;
  }
  const s = l.startTime ? ` at ${l.startTime}` : "";
  const e = l.endTime ? ` at ${l.endTime}` : "";
  return `From ${l.startDay}${s} through ${l.endDay}${e}, ${l.endYear}`;
}

/** Django `l, F d, Y` (the featured event's date): "Wednesday, December 02, 2026". */
export function longDate(instant: Date, zone: string, allDay: boolean): string {
  const w = toWallClock(instant, allDay ? "UTC" : zone);
  return `${WEEKDAYS[w.getUTCDay()]}, ${MONTHS[w.getUTCMonth()]} ${pad(w.getUTCDate())}, ${w.getUTCFullYear()}`;
}

/** "Every week", "Every 2 months" for a recurring rule. */
export function recurrenceText(r: { frequency: number; interval: number }): string {
  const unit = ["year", "month", "week", "day"][r.frequency] ?? "time";
  return r.interval > 1 ? `Every ${r.interval} ${unit}s` : `Every ${unit}`;
}

/** /events/<cal>/date/YYYY/MM/DD/ for a day (UTC date parts). */
export function datePath(calendarSlug: string, d: Date): string {
  return `/events/${calendarSlug}/date/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/`;
}

/** A real calendar date from URL segments, as UTC midnight, or null. */
export function parseDateSegments(y: string, m: string, d: string): Date | null {
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? date : null;
}

export const eventPath = (calendarSlug: string, id: number) => `/events/${calendarSlug}/${id}/`;

/** `?page=` as Django's paginator reads it: absent is 1; anything but a positive integer is null (a 404). */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^[1-9]\d{0,5}$/.test(v) ? Number(v) : null;
}

/** A duration in RecurringRule.duration's words ("2 hours", "1 day, 02:30:00"), from seconds. */
export function durationText(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const rest = seconds - days * 86_400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  const s = rest % 60;
  if (days && !rest) return `${days} day${days > 1 ? "s" : ""}`;
  if (!days && !m && !s && h) return `${h} hour${h > 1 ? "s" : ""}`;
  if (!days && !h && !s && m) return `${m} min`;
  return `${days ? `${days} day${days > 1 ? "s" : ""}, ` : ""}${pad(h)}:${pad(m)}:${pad(s)}`;
}
