import "server-only";
import { db, Prisma } from "@/lib/platform/db";
import { eventZone } from "@/lib/events/zone/utils";
import type { Venue } from "@/lib/events/types";

export type Neighbour = { id: number; title: string; venue: string | null };
export type OccurrenceTime = { start: Date; end: Date; allDay: boolean };
export type EventDetail = {
  id: number;
  title: string;
  featured: boolean;
  zone: string;
  descriptionHtml: string;
  calendar: { id: number; slug: string; name: string };
  venue: Venue | null;
  categories: { name: string; slug: string }[];
  /** apps/events next_or_previous_time: the next occurrence, else the last one, else none. */
  time: OccurrenceTime | null;
  isPast: boolean;
  recurrence: { frequency: number; interval: number; finish: Date; rrule: string | null }[];
};

type DetailRow = {
  id: number;
  title: string;
  featured: boolean;
  timeZone: string | null;
  descriptionHtml: string;
  calendarId: number;
  calendarSlug: string;
  calendarName: string;
  calendarZone: string;
  venueId: number | null;
  venueName: string | null;
  venueAddress: string | null;
  venueUrl: string | null;
  venueZone: string | null;
  current: OccurrenceJson | null;
  next: OccurrenceJson | null;
  last: OccurrenceJson | null;
  categories: { name: string; slug: string }[] | string;
  recurrence: { frequency: number; interval: number; finish: string; rrule: string | null }[] | string;
};
type OccurrenceJson = { start: string; end: string; allDay: boolean } | string;

const json = <T>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);
function time(v: OccurrenceJson | null): OccurrenceTime | null {
  if (v === null) return null;
  const o = json(v);
  return { start: new Date(o.start), end: new Date(o.end), allDay: o.allDay };
}
const occurrenceSql = (where: Prisma.Sql) => Prisma.sql`(
  SELECT json_build_object('start', o.start, 'end', o."end", 'allDay', o.all_day) FROM events_occurrence o
  WHERE o.event_id = e.id AND ${where} LIMIT 1)`;

/**
 * A published event of the calendar `calendarSlug`, or null (unknown, pending, or in another
 * calendar): one statement with its calendar, venue, categories, rules and the occurrence
 * happening now, the next and the last one.
 */
export async function getEventDetail(calendarSlug: string, id: number, now: Date): Promise<EventDetail | null> {
  const [e] = await db.$queryRaw<DetailRow[]>`
    SELECT e.id, e.title, e.featured, e.time_zone AS "timeZone", e._description_rendered AS "descriptionHtml",
      e.calendar_id AS "calendarId", c.slug AS "calendarSlug", c.name AS "calendarName", c.time_zone AS "calendarZone",
      v.id AS "venueId", v.name AS "venueName", v.address AS "venueAddress", v.url AS "venueUrl", v.time_zone AS "venueZone",
      ${occurrenceSql(Prisma.sql`o.start <= ${now} AND o."end" > ${now} ORDER BY o.start DESC`)} AS current,
      ${occurrenceSql(Prisma.sql`o.start > ${now} ORDER BY o.start ASC`)} AS next,
      ${occurrenceSql(Prisma.sql`o."end" <= ${now} ORDER BY o."end" DESC`)} AS last,
      COALESCE((SELECT json_agg(json_build_object('name', k.name, 'slug', k.slug) ORDER BY k.name)
        FROM events_event_categories ec JOIN events_eventcategory k ON k.id = ec.eventcategory_id WHERE ec.event_id = e.id), '[]') AS categories,
      COALESCE((SELECT json_agg(json_build_object('frequency', r.frequency, 'interval', r.interval, 'finish', r.finish, 'rrule', r.rrule) ORDER BY r.id)
        FROM events_recurringrule r WHERE r.event_id = e.id), '[]') AS recurrence
    FROM events_event e
    JOIN events_calendar c ON c.id = e.calendar_id
    LEFT JOIN events_eventlocation v ON v.id = e.venue_id
    WHERE e.id = ${id} AND e.status = 'published' AND c.slug = ${calendarSlug}`;
  if (!e) return null;
  const current = time(e.current);
  const next = time(e.next);
  return {
    id: e.id,
    title: e.title,
    featured: e.featured,
    zone: eventZone({ timeZone: e.timeZone, venue: { timeZone: e.venueZone }, calendar: { timeZone: e.calendarZone } }),
    descriptionHtml: e.descriptionHtml,
    calendar: { id: e.calendarId, slug: e.calendarSlug, name: e.calendarName },
    venue: e.venueId === null ? null : { id: e.venueId, name: e.venueName ?? "", address: e.venueAddress, url: e.venueUrl },
    categories: json(e.categories),
    // apps/events next_or_previous_time, with one happening now first.
    time: current ?? next ?? time(e.last),
    isPast: !current && !next,
    recurrence: json(e.recurrence).map((r) => ({ frequency: r.frequency, interval: r.interval, finish: new Date(r.finish), rrule: r.rrule })),
  };
}

const neighbourSql = (calendarId: number, eventId: number, at: Date, after: boolean) => Prisma.sql`(
  SELECT ${after}::boolean AS after, e.id, e.title, v.name AS venue
  FROM events_occurrence o JOIN events_event e ON e.id = o.event_id LEFT JOIN events_eventlocation v ON v.id = e.venue_id
  WHERE o.event_id <> ${eventId} AND e.calendar_id = ${calendarId} AND e.status = 'published'
    AND ${after ? Prisma.sql`o.start > ${at}` : Prisma.sql`o.start < ${at}`}
  ORDER BY o.start ${after ? Prisma.sql`ASC` : Prisma.sql`DESC`}, o.event_id ASC LIMIT 1)`;

/**
 * apps/events previous_event / next_event: the published events of the same calendar whose
 * occurrences come right before and after `at` (the shown time of the current one), in one statement.
 */
export async function getNeighbours(calendarId: number, eventId: number, at: Date) {
  const rows = await db.$queryRaw<(Neighbour & { after: boolean })[]>`
    ${neighbourSql(calendarId, eventId, at, false)} UNION ALL ${neighbourSql(calendarId, eventId, at, true)}`;
  const pick = (after: boolean): Neighbour | null => {
    const r = rows.find((x) => x.after === after);
    return r ? { id: r.id, title: r.title, venue: r.venue } : null;
  };
  return { previous: pick(false), next: pick(true) };
}

export async function getNeighbour(calendarId: number, eventId: number, at: Date, after: boolean): Promise<Neighbour | null> {
  const both = await getNeighbours(calendarId, eventId, at);
  return after ? both.next : both.previous;
}
