import "server-only";
import { db, Prisma } from "@/lib/platform/db";
import { eventZone } from "./zone/utils";
import type { CalendarInfo, EventPage, EventSummary, ListingFilter, ListingKind, UpcomingEvent } from "./types";

const summarySelect = {
  id: true,
  title: true,
  featured: true,
  timeZone: true,
  descriptionRendered: true,
  calendar: { select: { slug: true, timeZone: true } },
  venue: { select: { id: true, name: true, address: true, url: true, timeZone: true } },
} as const;

// Each event's listed occurrence, found through the (event_id, start) index one event at a time.
function lateralSql(kind: ListingKind, at: Date): Prisma.Sql {
  if (kind === "upcoming") return Prisma.sql`o.start > ${at} ORDER BY o.start ASC`;
  if (kind === "past") return Prisma.sql`o.start <= ${at} AND o."end" <= ${at} ORDER BY o."end" DESC`;
  return Prisma.sql`o.start <= ${at} AND o."end" > ${at} ORDER BY o.start DESC`;
}
const outerSql = { upcoming: Prisma.sql`n.start ASC`, past: Prisma.sql`n."end" DESC`, now: Prisma.sql`n.start ASC` } as const;

type Picked = { eventId: number; start: Date; end: Date; allDay: boolean; total: bigint };

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

/**
 * A page of events with the occurrence each is listed by: "upcoming" (apps/events
 * for_datetime: the next start after `at`, soonest first), "past" (until_datetime: the last
 * end before `at`, latest first) or "now" (an occurrence spanning `at`). One event appears once
 * (Django's OR over two joins repeated it), recurring events by their own next or last time.
 * Two queries: the page of (event, occurrence) pairs in SQL with the total, then the events.
 */
export async function listEvents(
  kind: ListingKind,
  at: Date,
  filter: ListingFilter = {},
  limit = 6,
  offset = 0,
): Promise<EventPage> {
  const picked = await db.$queryRaw<Picked[]>`
    SELECT e.id AS "eventId", n.start, n."end", n.all_day AS "allDay", count(*) OVER () AS total
    FROM events_event e
    CROSS JOIN LATERAL (
      SELECT o.start, o."end", o.all_day FROM events_occurrence o WHERE o.event_id = e.id AND ${lateralSql(kind, at)} LIMIT 1
    ) n
    WHERE ${filterSql(filter)}
    ORDER BY ${outerSql[kind]}, e.id LIMIT ${limit} OFFSET ${offset}`;
  if (picked.length === 0) return { items: [], total: offset > 0 ? await countEvents(kind, at, filter) : 0 };
  const rows = await db.event.findMany({ where: { id: { in: picked.map((p) => p.eventId) } }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = picked.flatMap((p) => {
    const e = byId.get(p.eventId);
    return e ? [toSummary(e, p)] : [];
  });
  return { items, total: Number(picked[0]!.total) };
}

async function countEvents(kind: ListingKind, at: Date, filter: ListingFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM events_event e
    WHERE ${filterSql(filter)} AND EXISTS (SELECT 1 FROM events_occurrence o WHERE o.event_id = e.id AND ${lateralSql(kind, at)})`;
  return Number(row?.n ?? 0);
}

type SummaryRow = Prisma.EventGetPayload<{ select: typeof summarySelect }>;

function toSummary(e: SummaryRow, o: { start: Date; end: Date; allDay: boolean }): EventSummary {
  const text = e.descriptionRendered.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  const words = text.split(" ");
  return {
    id: e.id,
    title: e.title,
    calendarSlug: e.calendar.slug,
    featured: e.featured,
    zone: eventZone(e),
    venue: e.venue ? { id: e.venue.id, name: e.venue.name, address: e.venue.address, url: e.venue.url } : null,
    start: o.start,
    end: o.end,
    allDay: o.allDay,
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

export async function listCategories(calendarId: number, limit = 30, offset = 0) {
  const where = { calendarId };
  const [items, total] = await Promise.all([
    db.eventCategory.findMany({ where, select: { id: true, name: true, slug: true }, orderBy: { name: "asc" }, take: limit, skip: offset }),
    db.eventCategory.count({ where }),
  ]);
  return { items, total };
}

export async function getCategory(calendarId: number, slug: string) {
  return db.eventCategory.findFirst({ where: { calendarId, slug }, select: { id: true, name: true, slug: true } });
}

export async function listLocations(calendarId: number, limit = 30, offset = 0) {
  const where = { calendarId };
  const [items, total] = await Promise.all([
    db.eventLocation.findMany({
      where,
      select: { id: true, name: true, address: true, url: true },
      orderBy: { name: "asc" },
      take: limit,
      skip: offset,
    }),
    db.eventLocation.count({ where }),
  ]);
  return { items, total };
}

export async function getLocation(calendarId: number, id: number) {
  return db.eventLocation.findFirst({ where: { calendarId, id }, select: { id: true, name: true, address: true, url: true } });
}

// Search (lib/site/search/sources.ts): published events, with what the search document needs to
// rank past ones lower.
const searchableEventSelect = {
  id: true,
  title: true,
  descriptionRendered: true,
  featured: true,
  calendar: { select: { slug: true, name: true } },
  venue: { select: { name: true, address: true } },
  occurringRule: { select: { dtStart: true, dtEnd: true } },
  recurringRules: { select: { begin: true, finish: true }, orderBy: { begin: "asc" } },
} as const;
export type SearchableEvent = {
  id: number;
  title: string;
  descriptionRendered: string;
  featured: boolean;
  calendar: { slug: string; name: string };
  venue: { name: string; address: string | null } | null;
  occurringRule: { dtStart: Date; dtEnd: Date } | null;
  recurringRules: { begin: Date; finish: Date }[];
};

export async function listSearchableEvents(): Promise<SearchableEvent[]> {
  return db.event.findMany({ where: { status: "published" }, select: searchableEventSelect, orderBy: { id: "asc" } });
}

export async function getSearchableEvent(id: number): Promise<SearchableEvent | null> {
  return db.event.findFirst({ where: { id, status: "published" }, select: searchableEventSelect });
}
