/**
 * iCalendar input with ical.js (the importer, §1.5 import_ics_calendars, and the operator's
 * CLI): VEVENTs into domain input. Unlike apps/events/importer.py it keeps recurrence: RRULE
 * (with BYDAY, COUNT ...), EXDATE, RDATE, and RECURRENCE-ID overrides (the overridden instance
 * becomes its own one-off event, excluded from the series). TZID times are read on the clocks
 * of their IANA zone, or of the file's own VTIMEZONE when the name is not IANA; DATE values are
 * all-day; a missing DTEND is DTSTART (a day for a date). A VEVENT that cannot be read is
 * reported and skipped; the others are kept.
 */
import ICAL from "ical.js";
import { fromWallClock, isTimeZone } from "@/lib/events/zone/utils";

const DAY = 86_400_000;
const FREQUENCIES: Record<string, number> = { YEARLY: 0, MONTHLY: 1, WEEKLY: 2, DAILY: 3 };
/** An open-ended rule (no UNTIL, no COUNT) is kept for ten years from its start. */
const OPEN_ENDED_YEARS = 10;

export type ParsedRule = {
  begin: Date;
  finish: Date;
  frequency: number;
  interval: number;
  durationInternalSeconds: number;
  allDay: boolean;
  rrule: string;
  exdates: Date[];
  rdates: Date[];
};
export type ParsedEvent = {
  uid: string;
  title: string;
  description: string;
  location: string | null;
  timeZone: string | null;
  occurring: { dtStart: Date; dtEnd: Date; allDay: boolean } | null;
  recurring: ParsedRule | null;
};
export type ParseResult = { events: ParsedEvent[]; errors: { uid: string | null; message: string }[] };

type Zones = Map<string, ICAL.Timezone>;

/** An IANA name from a TZID ("Europe/Berlin", or "/mozilla.org/20050126_1/Europe/Berlin"). */
function ianaOf(tzid: string): string | null {
  const parts = tzid.replace(/^"|"$/g, "").split("/");
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(i).join("/");
    if (name && isTimeZone(name)) return name;
  }
  return null;
}

type Read = { date: Date; isDate: boolean; zone: string | null };

function readTime(t: ICAL.Time, tzid: string | null, zones: Zones, fallbackZone: string): Read {
  if (t.isDate) return { date: new Date(Date.UTC(t.year, t.month - 1, t.day)), isDate: true, zone: null };
  const wall = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
  if (t.zone === ICAL.Timezone.utcTimezone || t.zone?.tzid === "UTC") return { date: wall, isDate: false, zone: "UTC" };
  if (tzid) {
    const iana = ianaOf(tzid);
    if (iana) return { date: fromWallClock(wall, iana), isDate: false, zone: iana };
    const vtz = zones.get(tzid);
    if (vtz) {
      const local = t.clone();
      local.zone = vtz;
      return { date: local.toJSDate(), isDate: false, zone: null };
    }
    throw new Error(`unknown time zone ${tzid}`);
  }
  return { date: fromWallClock(wall, fallbackZone), isDate: false, zone: null };
}

function readProperty(v: ICAL.Component, name: string, zones: Zones, fallback: string): Read | null {
  const prop = v.getFirstProperty(name);
  if (!prop) return null;
  const value = prop.getFirstValue();
  if (!(value instanceof ICAL.Time)) throw new Error(`${name.toUpperCase()} is not a date`);
  return readTime(value, (prop.getFirstParameter("tzid") as string | undefined) ?? null, zones, fallback);
}

function readList(v: ICAL.Component, name: string, zones: Zones, fallback: string): Date[] {
  return v.getAllProperties(name).flatMap((prop) => {
    const tzid = (prop.getFirstParameter("tzid") as string | undefined) ?? null;
    return prop
      .getValues()
      .filter((x): x is ICAL.Time => x instanceof ICAL.Time)
      .map((t) => readTime(t, tzid, zones, fallback).date);
  });
}

const text = (v: ICAL.Component, name: string) => {
  const value = v.getFirstPropertyValue(name);
  return typeof value === "string" ? value.trim() : "";
};

function readEvent(v: ICAL.Component, zones: Zones, fallback: string, now: Date): ParsedEvent & { recurrenceId: Date | null; cancelled: boolean } {
  const uid = text(v, "uid");
  if (!uid) throw new Error("VEVENT without UID");
  const start = readProperty(v, "dtstart", zones, fallback);
  if (!start) throw new Error("VEVENT without DTSTART");
  const end = readProperty(v, "dtend", zones, fallback);
  const duration = v.getFirstPropertyValue("duration");
  let endDate: Date;
  if (end) endDate = end.date;
  else if (duration instanceof ICAL.Duration) endDate = new Date(start.date.getTime() + duration.toSeconds() * 1000);
  else endDate = start.isDate ? new Date(start.date.getTime() + DAY) : start.date;
  if (endDate < start.date) throw new Error("DTEND before DTSTART");
  const allDay = start.isDate;
  const recurrenceId = readProperty(v, "recurrence-id", zones, fallback)?.date ?? null;
  const base = {
    uid,
    title: text(v, "summary").slice(0, 200) || "(untitled)",
    description: text(v, "description"),
    location: text(v, "location").slice(0, 255) || null,
    timeZone: start.zone && start.zone !== "UTC" ? start.zone : null,
    recurrenceId,
    cancelled: text(v, "status").toUpperCase() === "CANCELLED",
  };
  const recur = v.getFirstPropertyValue("rrule");
  if (recur instanceof ICAL.Recur && !recurrenceId) {
    const frequency = FREQUENCIES[recur.freq];
    if (frequency === undefined) throw new Error(`unsupported FREQ=${recur.freq}`);
    const seconds = Math.round((endDate.getTime() - start.date.getTime()) / 1000);
    let finish: Date;
    if (recur.until) finish = readTime(recur.until, null, zones, "UTC").date;
    else if (recur.count) {
      const it = recur.iterator(v.getFirstPropertyValue("dtstart") as ICAL.Time);
      let last: ICAL.Time | null = null;
      for (let i = 0, n = Math.min(recur.count, 5000); i < n; i++) last = it.next() ?? last;
      const tzid = (v.getFirstProperty("dtstart")!.getFirstParameter("tzid") as string | undefined) ?? null;
      finish = last ? new Date(readTime(last, tzid, zones, fallback).date.getTime() + seconds * 1000) : start.date;
    } else finish = new Date(Math.max(start.date.getTime(), now.getTime()) + OPEN_ENDED_YEARS * 365 * DAY);
    return {
      ...base,
      occurring: null,
      recurring: {
        begin: start.date,
        finish,
        frequency,
        interval: recur.interval || 1,
        durationInternalSeconds: seconds,
        allDay,
        rrule: recur.toString().slice(0, 500),
        exdates: readList(v, "exdate", zones, fallback),
        rdates: readList(v, "rdate", zones, fallback),
      },
    };
  }
  // Django keeps an all-day event's last day: iCalendar's DTEND is the exclusive day after it.
  const dtEnd = allDay ? new Date(Math.max(start.date.getTime(), endDate.getTime() - DAY)) : endDate;
  return { ...base, occurring: { dtStart: start.date, dtEnd, allDay }, recurring: null };
}

/** Parses an iCalendar text; times with no zone are read in `fallbackZone` (the calendar's). */
export function parseIcs(source: string, fallbackZone = "UTC", now = new Date()): ParseResult {
  const root = new ICAL.Component(ICAL.parse(source));
  const zones: Zones = new Map();
  for (const tz of root.getAllSubcomponents("vtimezone")) {
    const id = tz.getFirstPropertyValue("tzid");
    if (typeof id === "string") zones.set(id, new ICAL.Timezone(tz));
  }
  const errors: ParseResult["errors"] = [];
  const read: ReturnType<typeof readEvent>[] = [];
  for (const v of root.getAllSubcomponents("vevent")) {
    try {
      read.push(readEvent(v, zones, fallbackZone, now));
    } catch (error) {
      errors.push({ uid: text(v, "uid") || null, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const masters = new Map(read.filter((e) => !e.recurrenceId).map((e) => [e.uid, e]));
  const events: ParsedEvent[] = [];
  for (const e of read) {
    const { recurrenceId, cancelled, ...event } = e;
    if (!recurrenceId) {
      if (!cancelled) events.push(event);
      continue;
    }
    // An overridden instance: the series skips it; unless cancelled it is an event of its own.
    masters.get(e.uid)?.recurring?.exdates.push(recurrenceId);
    if (!cancelled) events.push({ ...event, uid: `${e.uid}/${recurrenceId.toISOString()}`.slice(0, 200) });
  }
  return { events, errors };
}
