/**
 * Occurrences of an event's rules (apps/events OccurringRule and RecurringRule), expanded on the
 * wall clock of the event's zone so daylight-saving changes keep local times, within a bounded
 * window so an endless daily rule never turns into an endless list.
 */
import * as rruleModule from "rrule";
import type { Options } from "rrule";
import { fromWallClock, toWallClock } from "@/lib/events/zone/utils";

// rrule ships a UMD bundle: bundlers see its named exports, Node's ESM loader only a default.
const { RRule } =
  "RRule" in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;

const DAY = 86_400_000;
/** The window kept in events_occurrence: a year back, two years ahead (refreshed daily). */
export const WINDOW_PAST_DAYS = 400;
export const WINDOW_FUTURE_DAYS = 800;
/** At most this many occurrences of one rule inside the window (a daily rule for two years fits). */
export const MAX_PER_RULE = 1200;

// apps/events/models.py RecurringRule.frequency stores dateutil constants: 0 yearly .. 3 daily.
const FREQUENCIES: Record<number, number> = { 0: RRule.YEARLY, 1: RRule.MONTHLY, 2: RRule.WEEKLY, 3: RRule.DAILY };

export type OneOffInput = { dtStart: Date; dtEnd: Date; allDay: boolean };
export type RecurringInput = {
  begin: Date;
  finish: Date;
  frequency: number;
  interval: number;
  durationInternalSeconds: number;
  allDay: boolean;
  rrule?: string | null;
  exdates?: Date[];
  rdates?: Date[];
};
/** One occurrence: `end` is exclusive (an all-day occurrence ends at the midnight after its last day). */
export type Occurrence = { start: Date; end: Date; allDay: boolean; recurring: boolean };
export type Window = { from: Date; to: Date };

export function occurrenceWindow(now: Date): Window {
  return { from: new Date(now.getTime() - WINDOW_PAST_DAYS * DAY), to: new Date(now.getTime() + WINDOW_FUTURE_DAYS * DAY) };
}

/**
 * A one-off rule as one occurrence. Django stores an all-day event's last day as dt_end (the
 * importer subtracts a day from iCalendar's exclusive DTEND); the occurrence ends a day later.
 * All-day dates are UTC midnights and stay on their day whatever the zone.
 */
export function oneOffOccurrence(rule: OneOffInput): Occurrence {
  const end = rule.allDay ? new Date(startOfUtcDay(rule.dtEnd).getTime() + DAY) : rule.dtEnd;
  const start = rule.allDay ? startOfUtcDay(rule.dtStart) : rule.dtStart;
  return { start, end: end < start ? start : end, allDay: rule.allDay, recurring: false };
}

export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The rrule of a recurring rule, on wall-clock dates ("floating" times whose UTC fields are local). */
function wallRule(rule: RecurringInput, zone: string) {
  const tz = rule.allDay ? "UTC" : zone;
  const dtstart = toWallClock(rule.allDay ? startOfUtcDay(rule.begin) : rule.begin, tz);
  const until = toWallClock(rule.finish, tz);
  let options: Partial<Options> = {
    freq: FREQUENCIES[rule.frequency],
    interval: Math.max(1, rule.interval),
  };
  if (rule.rrule) {
    // An imported RRULE keeps BYDAY, BYMONTHDAY, COUNT ...; its UNTIL is a UTC instant.
    const parsed = RRule.parseString(rule.rrule.replace(/^RRULE:/i, ""));
    options = { ...parsed };
    if (parsed.until) parsed.until = toWallClock(parsed.until, tz);
    options.until = parsed.until && parsed.until < until ? parsed.until : until;
  } else {
    options.until = until;
  }
  if (options.freq === undefined) return null;
  return { rrule: new RRule({ ...options, dtstart, tzid: null }), tz };
}

/**
 * The occurrences of a recurring rule that overlap `window`, plus the last one before it and the
 * first one after it (so "past" and "upcoming" still see a rule whose neighbours are outside).
 * EXDATE instants are left out, RDATE instants added.
 */
export function expandRecurring(rule: RecurringInput, zone: string, window: Window): Occurrence[] {
  const built = wallRule(rule, zone);
  if (!built) return [];
  const { rrule, tz } = built;
  const duration = Math.max(0, rule.durationInternalSeconds) * 1000;
  const wallFrom = toWallClock(new Date(window.from.getTime() - duration), tz);
  const wallTo = toWallClock(window.to, tz);
  const walls: Date[] = [];
  const before = rrule.before(wallFrom, false);
  if (before) walls.push(before);
  rrule.between(wallFrom, wallTo, true, (_d, i) => i < MAX_PER_RULE).forEach((d) => walls.push(d));
  const after = rrule.after(wallTo, false);
  if (after) walls.push(after);
  const excluded = new Set((rule.exdates ?? []).map((d) => d.getTime()));
  const starts = walls.map((w) => fromWallClock(w, tz)).filter((d) => !excluded.has(d.getTime()));
  for (const r of rule.rdates ?? []) if (!excluded.has(r.getTime())) starts.push(r);
  const seen = new Set<number>();
  return starts
    .filter((s) => (seen.has(s.getTime()) ? false : (seen.add(s.getTime()), true)))
    .sort((a, b) => a.getTime() - b.getTime())
    .map((start) => ({ start, end: new Date(start.getTime() + duration), allDay: rule.allDay, recurring: true }));
}

/** Every occurrence of an event in the window, soonest first, one per start instant. */
export function expandEvent(
  e: { occurringRule: OneOffInput | null; recurringRules: RecurringInput[] },
  zone: string,
  window: Window,
): Occurrence[] {
  const all = [
    ...(e.occurringRule ? [oneOffOccurrence(e.occurringRule)] : []),
    ...e.recurringRules.flatMap((r) => expandRecurring(r, zone, window)),
  ].sort((a, b) => a.start.getTime() - b.start.getTime());
  const seen = new Set<number>();
  return all.filter((o) => (seen.has(o.start.getTime()) ? false : (seen.add(o.start.getTime()), true)));
}

/** apps/events Event.next_time: the first occurrence starting after `now`. */
export function nextTime(occurrences: Occurrence[], now: Date): Occurrence | null {
  return occurrences.find((o) => o.start > now) ?? null;
}

/** apps/events Event.previous_time: the last occurrence that ended before `now`. */
export function previousTime(occurrences: Occurrence[], now: Date): Occurrence | null {
  let found: Occurrence | null = null;
  for (const o of occurrences) if (o.end <= now && (!found || o.end > found.end)) found = o;
  return found;
}
