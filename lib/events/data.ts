import "server-only";
import { db, Prisma } from "@/lib/platform/db";
import { eventZone } from "./zone/utils";
import type { CalendarInfo, EventPage, EventSummary, ListingFilter, ListingKind, UpcomingEvent } from "./types";

// Each event's listed occurrence, found through the (event_id, start) index one event at a time.
function lateralSql(kind: ListingKind, at: Date): Prisma.Sql {
  if (kind === "upcoming") return Prisma.sql`o.start > ${at} ORDER BY o.start ASC`;
  if (kind === "past") return Prisma.sql`o.start <= ${at} AND o."end" <= ${at} ORDER BY o."end" DESC`;
  return Prisma.sql`o.start <= ${at} AND o."end" > ${at} ORDER BY o.start DESC`;
}
/**
 * The occurrence each event is listed by, as `n`. Upcoming: the next start, one index probe per
 * event. Happening now and past: few occurrences qualify across all events, so they are found
 * from the occurrences' own start/end indexes and kept one per event (DISTINCT ON), instead of one
 * backward index walk per event over all its earlier occurrences (15 ms for "now" with 2,000
 * events, 1 ms this way; docs/benchmarks.md). The same occurrence as lateralSql picks.
 */
function occurrenceSql(kind: ListingKind, at: Date): Prisma.Sql {
  if (kind === "upcoming")
    return Prisma.sql`CROSS JOIN LATERAL (
      SELECT o.start, o."end", o.all_day FROM events_occurrence o WHERE o.event_id = e.id AND ${lateralSql(kind, at)} LIMIT 1
    ) n`;
  const [where, order] =
    kind === "past"
      ? [Prisma.sql`o.start <= ${at} AND o."end" <= ${at}`, Prisma.sql`o."end" DESC, o.start DESC`]
      : [Prisma.sql`o.start <= ${at} AND o."end" > ${at}`, Prisma.sql`o.start DESC`];
  return Prisma.sql`JOIN (
      SELECT DISTINCT ON (o.event_id) o.event_id, o.start, o."end", o.all_day FROM events_occurrence o
      WHERE ${where} ORDER BY o.event_id, ${order}
    ) n ON n.event_id = e.id`;
}
const outerSql = { upcoming: Prisma.sql`n.start ASC`, past: Prisma.sql`n."end" DESC`, now: Prisma.sql`n.start ASC` } as const;

function filterSql(f: ListingFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`e.status = 'published'`];
  if (f.calendarId !== undefined) parts.push(Prisma.sql`e.calendar_id = ${f.calendarId}`);
  if (f.venueId !== undefined) parts.push(Prisma.sql`e.venue_id = ${f.venueId}`);
  if (f.featured) parts.push(Prisma.sql`e.featured`);
  if (f.categoryId !== undefined)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM events_event_categories c WHERE c.event_id = e.id AND c.eventcategory_id = ${f.categoryId})`,
    );
  return Prisma.join(parts, " AND ");
}

/** One listing of a batch: which occurrences, from when, of which events, which page. */
export type ListingSpec = { kind: ListingKind; at: Date; filter?: ListingFilter; limit?: number; offset?: number };

type ListingRow = {
  spec: number;
  id: number;
  title: string;
  featured: boolean;
  timeZone: string | null;
  descriptionRendered: string;
  calendarSlug: string;
  calendarZone: string;
  venueId: number | null;
  venueName: string | null;
  venueAddress: string | null;
  venueUrl: string | null;
  venueZone: string | null;
  start: Date;
  end: Date;
  allDay: boolean;
  total: bigint;
};

function specSql(s: ListingSpec, index: number): Prisma.Sql {
  const f = s.filter ?? {};
  return Prisma.sql`(
    SELECT ${index}::int AS spec, e.id, e.title, e.featured, e.time_zone AS "timeZone",
      e._description_rendered AS "descriptionRendered", c.slug AS "calendarSlug", c.time_zone AS "calendarZone",
      v.id AS "venueId", v.name AS "venueName", v.address AS "venueAddress", v.url AS "venueUrl", v.time_zone AS "venueZone",
      n.start, n."end", n.all_day AS "allDay", count(*) OVER () AS total,
      row_number() OVER (ORDER BY ${outerSql[s.kind]}, e.id) AS ord
    FROM events_event e
    JOIN events_calendar c ON c.id = e.calendar_id
    LEFT JOIN events_eventlocation v ON v.id = e.venue_id
    ${occurrenceSql(s.kind, s.at)}
    WHERE ${filterSql(f)}
    ORDER BY ${outerSql[s.kind]}, e.id LIMIT ${s.limit ?? 6} OFFSET ${s.offset ?? 0})`;
}

/**
 * Pages of events with the occurrence each is listed by: "upcoming" (apps/events
 * for_datetime: the next start after `at`, soonest first), "past" (until_datetime: the last
 * end before `at`, latest first) or "now" (an occurrence spanning `at`). One event appears once
 * per listing (Django's OR over two joins repeated it), recurring events by their own next or
 * last time. Any number of listings cost one SQL statement (a UNION ALL of one SELECT each, the
 * total by a window count), and one more only for a listing paged past its end.
 */
export async function listEventsBatch<const T extends readonly ListingSpec[]>(specs: T): Promise<{ [K in keyof T]: EventPage }> {
  type Pages = { [K in keyof T]: EventPage };
  if (specs.length === 0) return [] as unknown as Pages;
  const rows = await db.$queryRaw<ListingRow[]>`
    SELECT q.* FROM (${Prisma.join(specs.map(specSql), " UNION ALL ")}) q ORDER BY q.spec, q.ord`;
  return Promise.all(
    specs.map(async (s, i) => {
      const mine = rows.filter((r) => r.spec === i);
      if (mine.length > 0) return { items: mine.map(toSummary), total: Number(mine[0]!.total) };
      return { items: [], total: (s.offset ?? 0) > 0 ? await countEvents(s.kind, s.at, s.filter ?? {}) : 0 };
    }),
  ) as Promise<Pages>;
}

export async function listEvents(
  kind: ListingKind,
  at: Date,
  filter: ListingFilter = {},
  limit = 6,
  offset = 0,
): Promise<EventPage> {
  const [page] = await listEventsBatch([{ kind, at, filter, limit, offset }]);
  return page;
}

async function countEvents(kind: ListingKind, at: Date, filter: ListingFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM events_event e
    WHERE ${filterSql(filter)} AND EXISTS (SELECT 1 FROM events_occurrence o WHERE o.event_id = e.id AND ${lateralSql(kind, at)})`;
  return Number(row?.n ?? 0);
}

function toSummary(r: ListingRow): EventSummary {
  const text = r.descriptionRendered.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  const words = text.split(" ");
  const venue = r.venueId === null ? null : { id: r.venueId, name: r.venueName ?? "", address: r.venueAddress, url: r.venueUrl };
  return {
    id: r.id,
    title: r.title,
    calendarSlug: r.calendarSlug,
    featured: r.featured,
    zone: eventZone({ timeZone: r.timeZone, venue: { timeZone: r.venueZone }, calendar: { timeZone: r.calendarZone } }),
    venue,
    start: r.start,
    end: r.end,
    allDay: r.allDay,
    excerpt: words.length > 60 ? `${words.slice(0, 60).join(" ")} …` : text,
  };
}

/** The home page's "Upcoming Events" (apps/events get_events_upcoming): the next five, any calendar. */
export async function listUpcomingEvents(now: Date, limit = 5): Promise<UpcomingEvent[]> {
  const { items } = await listEvents("upcoming", now, {}, limit);
  return items.map((e) => ({
    id: e.id,
    title: e.title,
    calendarSlug: e.calendarSlug,
    start: e.start,
    end: e.end,
    allDay: e.allDay,
    venue: e.venue?.name ?? null,
  }));
}

const calendarSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  timeZone: true,
  url: true,
  rss: true,
  twitter: true,
} as const;

export async function listCalendars(): Promise<CalendarInfo[]> {
  return db.calendar.findMany({ select: calendarSelect, orderBy: { name: "asc" } });
}

export async function getCalendarBySlug(slug: string): Promise<CalendarInfo | null> {
  return db.calendar.findUnique({ where: { slug }, select: calendarSelect });
}

/** A page of the calendar's categories, with their total unless `counted` is false (one statement less). */
export async function listCategories(calendarId: number, limit = 30, offset = 0, counted = true) {
  const where = { calendarId };
  const [items, total] = await Promise.all([
    db.eventCategory.findMany({ where, select: { id: true, name: true, slug: true }, orderBy: { name: "asc" }, take: limit, skip: offset }),
    counted ? db.eventCategory.count({ where }) : -1,
  ]);
  return { items, total };
}

export async function getCategory(calendarId: number, slug: string) {
  return db.eventCategory.findFirst({ where: { calendarId, slug }, select: { id: true, name: true, slug: true } });
}

/** A page of the calendar's locations, with their total unless `counted` is false. */
export async function listLocations(calendarId: number, limit = 30, offset = 0, counted = true) {
  const where = { calendarId };
  const [items, total] = await Promise.all([
    db.eventLocation.findMany({
      where,
      select: { id: true, name: true, address: true, url: true },
      orderBy: { name: "asc" },
      take: limit,
      skip: offset,
    }),
    counted ? db.eventLocation.count({ where }) : -1,
  ]);
  return { items, total };
}

export async function getLocation(calendarId: number, id: number) {
  return db.eventLocation.findFirst({ where: { calendarId, id }, select: { id: true, name: true, address: true, url: true } });
}

// Search (lib/site/search/sources.ts): published events, with what the search document needs to
// rank upcoming ones first and past ones lower: the next occurrence not yet over, if any.
const searchableEventSelect = (now: Date) =>
  ({
    id: true,
    title: true,
    descriptionRendered: true,
    featured: true,
    calendar: { select: { slug: true, name: true } },
    venue: { select: { name: true, address: true } },
    occurringRule: { select: { dtStart: true, dtEnd: true } },
    recurringRules: { select: { begin: true, finish: true }, orderBy: { begin: "asc" } },
    occurrences: { where: { end: { gt: now } }, orderBy: { start: "asc" }, take: 1, select: { start: true } },
  }) as const;
type SearchableRow = Prisma.EventGetPayload<{ select: ReturnType<typeof searchableEventSelect> }>;
export type SearchableEvent = Omit<SearchableRow, "occurrences"> & {
  /** The next (or current) occurrence's start; null once the event is over. */
  next: Date | null;
};
const searchable = ({ occurrences, ...e }: SearchableRow): SearchableEvent => ({ ...e, next: occurrences[0]?.start ?? null });

export async function listSearchableEvents(now = new Date()): Promise<SearchableEvent[]> {
  const rows = await db.event.findMany({ where: { status: "published" }, select: searchableEventSelect(now), orderBy: { id: "asc" } });
  return rows.map(searchable);
}

export async function getSearchableEvent(id: number, now = new Date()): Promise<SearchableEvent | null> {
  const row = await db.event.findFirst({ where: { id, status: "published" }, select: searchableEventSelect(now) });
  return row ? searchable(row) : null;
}
