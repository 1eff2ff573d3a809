/**
 * iCalendar (RFC 5545) output with ical.js: a calendar's events (events.ics) or one event
 * (event.ics). Recurring rules keep their RRULE, EXDATE and RDATE; timed events are written on
 * the wall clock of their zone with a VTIMEZONE built from the zone's real transitions, so a
 * client expands a weekly 18:00 meetup at 18:00 on both sides of a daylight-saving change.
 */
import ICAL from "ical.js";
import { toWallClock, zoneAbbreviation, zoneOffsetMs, zoneTransitions } from "@/lib/events/zone/utils";

const DAY = 86_400_000;

export type ExportRule = {
  begin: Date;
  finish: Date;
  frequency: number;
  interval: number;
  durationInternalSeconds: number;
  allDay: boolean;
  rrule: string | null;
  exdates: Date[];
  rdates: Date[];
};
export type ExportEvent = {
  id: number;
  uid: string | null;
  title: string;
  description: string;
  url: string;
  location: string | null;
  zone: string;
  updated: Date;
  categories: string[];
  occurringRule: { dtStart: Date; dtEnd: Date; allDay: boolean } | null;
  recurringRules: ExportRule[];
};

const FREQ = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY"];

function dateValue(d: Date): ICAL.Time {
  return ICAL.Time.fromData({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), isDate: true });
}

function utcValue(d: Date): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(Math.floor(d.getTime() / 1000) * 1000), true);
}

/** A DATE-TIME property on the zone's wall clock with TZID, or in UTC. */
function timeProperty(name: string, d: Date, zone: string, allDay: boolean): ICAL.Property {
  const prop = new ICAL.Property(name);
  if (allDay) {
    prop.resetType("date");
    prop.setValue(dateValue(d));
  } else if (zone === "UTC") {
    prop.setValue(utcValue(d));
  } else {
    const w = toWallClock(d, zone);
    prop.setValue(
      ICAL.Time.fromData({
        year: w.getUTCFullYear(),
        month: w.getUTCMonth() + 1,
        day: w.getUTCDate(),
        hour: w.getUTCHours(),
        minute: w.getUTCMinutes(),
        second: w.getUTCSeconds(),
      }),
    );
    prop.setParameter("tzid", zone);
  }
  return prop;
}

function ruleText(r: ExportRule): string {
  if (r.rrule) return r.rrule.replace(/^RRULE:/i, "");
  const until = utcValue(r.finish).toICALString();
  return `FREQ=${FREQ[r.frequency] ?? "WEEKLY"};INTERVAL=${Math.max(1, r.interval)};UNTIL=${until}`;
}

function baseEvent(e: ExportEvent, uid: string): ICAL.Component {
  const v = new ICAL.Component("vevent");
  v.addPropertyWithValue("uid", uid);
  v.addPropertyWithValue("dtstamp", utcValue(e.updated));
  v.addPropertyWithValue("last-modified", utcValue(e.updated));
  v.addPropertyWithValue("summary", e.title);
  if (e.description) v.addPropertyWithValue("description", e.description);
  if (e.location) v.addPropertyWithValue("location", e.location);
  v.addPropertyWithValue("url", e.url);
  if (e.categories.length) {
    const c = new ICAL.Property("categories");
    c.setValues(e.categories);
    v.addProperty(c);
  }
  return v;
}

/** The VEVENTs of one event: its one-off rule, then one per recurring rule (UIDs suffixed after the first). */
function eventComponents(e: ExportEvent, host: string): ICAL.Component[] {
  const uid = e.uid ?? `event-${e.id}@${host}`;
  const out: ICAL.Component[] = [];
  if (e.occurringRule) {
    const o = e.occurringRule;
    const v = baseEvent(e, uid);
    v.addProperty(timeProperty("dtstart", o.dtStart, e.zone, o.allDay));
    // Django keeps an all-day event's last day; iCalendar's DTEND is the day after it.
    v.addProperty(timeProperty("dtend", o.allDay ? new Date(o.dtEnd.getTime() + DAY) : o.dtEnd, e.zone, o.allDay));
    out.push(v);
  }
  e.recurringRules.forEach((r, i) => {
    const v = baseEvent(e, out.length === 0 && i === 0 ? uid : `${uid}-rule-${i + 1}`);
    const zone = r.allDay ? "UTC" : e.zone;
    v.addProperty(timeProperty("dtstart", r.begin, zone, r.allDay));
    v.addProperty(timeProperty("dtend", new Date(r.begin.getTime() + r.durationInternalSeconds * 1000), zone, r.allDay));
    v.addPropertyWithValue("rrule", ICAL.Recur.fromString(ruleText(r)));
    for (const x of r.exdates) v.addProperty(timeProperty("exdate", x, zone, r.allDay));
    for (const x of r.rdates) v.addProperty(timeProperty("rdate", x, zone, r.allDay));
    out.push(v);
  });
  return out;
}

const offsetValue = (ms: number) => ICAL.UtcOffset.fromSeconds(ms / 1000);

/** A VTIMEZONE with the zone's transitions over the years the events span. */
function timezoneComponent(zone: string, fromYear: number, toYear: number): ICAL.Component {
  const tz = new ICAL.Component("vtimezone");
  tz.addPropertyWithValue("tzid", zone);
  const transitions = zoneTransitions(zone, fromYear, toYear);
  const onsets = transitions.length
    ? transitions
    : [{ at: new Date(Date.UTC(fromYear, 0, 1)), offsetFrom: zoneOffsetMs(zone, Date.UTC(fromYear, 0, 1)), offsetTo: zoneOffsetMs(zone, Date.UTC(fromYear, 0, 1)) }];
  for (const t of onsets) {
    const sub = new ICAL.Component(t.offsetTo > t.offsetFrom ? "daylight" : "standard");
    // DTSTART of an onset is the local time before the change.
    const w = new Date(t.at.getTime() + t.offsetFrom);
    sub.addPropertyWithValue(
      "dtstart",
      ICAL.Time.fromData({ year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes() }),
    );
    sub.addPropertyWithValue("tzoffsetfrom", offsetValue(t.offsetFrom));
    sub.addPropertyWithValue("tzoffsetto", offsetValue(t.offsetTo));
    sub.addPropertyWithValue("tzname", zoneAbbreviation(zone, t.at));
    tz.addSubcomponent(sub);
  }
  return tz;
}

/** The whole VCALENDAR text for `events`, named `name` (X-WR-CALNAME, as Google Calendar reads it). */
export function buildIcs(name: string, events: ExportEvent[], host: string): string {
  const cal = new ICAL.Component(["vcalendar", [], []]);
  cal.addPropertyWithValue("prodid", "-//Python Software Foundation//python.org events//EN");
  cal.addPropertyWithValue("version", "2.0");
  cal.addPropertyWithValue("calscale", "GREGORIAN");
  cal.addPropertyWithValue("method", "PUBLISH");
  cal.addPropertyWithValue("x-wr-calname", name);
  const years = new Map<string, [number, number]>();
  for (const e of events) {
    if (e.zone === "UTC") continue;
    const dates = [e.occurringRule?.dtStart, e.occurringRule?.dtEnd, ...e.recurringRules.flatMap((r) => (r.allDay ? [] : [r.begin, r.finish]))];
    const ys = dates.filter((d): d is Date => !!d).map((d) => d.getUTCFullYear());
    if (!ys.length) continue;
    const [lo, hi] = years.get(e.zone) ?? [Infinity, -Infinity];
    // A rule running for decades still gets a VTIMEZONE of at most six years from its start.
    const min = Math.min(lo, ...ys);
    years.set(e.zone, [min, Math.min(Math.max(hi, ...ys), min + 5)]);
  }
  for (const [zone, [from, to]] of years) cal.addSubcomponent(timezoneComponent(zone, from, to));
  for (const e of events) for (const v of eventComponents(e, host)) cal.addSubcomponent(v);
  return cal.toString() + "\r\n";
}
