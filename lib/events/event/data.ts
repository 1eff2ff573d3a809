import "server-only";
import { db } from "@/lib/platform/db";
import { eventZone } from "@/lib/events/zone/utils";
import type { Venue } from "@/lib/events/types";

const detailSelect = {
  id: true,
  title: true,
  status: true,
  featured: true,
  timeZone: true,
  descriptionRendered: true,
  calendarId: true,
  calendar: { select: { slug: true, name: true, timeZone: true } },
  venue: { select: { id: true, name: true, address: true, url: true, timeZone: true } },
  categories: { select: { category: { select: { name: true, slug: true } } } },
  occurringRule: { select: { dtStart: true, dtEnd: true, allDay: true } },
  recurringRules: { select: { frequency: true, interval: true, finish: true, allDay: true, rrule: true } },
} as const;

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

async function occurrence(eventId: number, now: Date, next: boolean): Promise<OccurrenceTime | null> {
  return db.eventOccurrence.findFirst({
    where: { eventId, ...(next ? { start: { gt: now } } : { end: { lte: now } }) },
    orderBy: next ? { start: "asc" } : { end: "desc" },
    select: { start: true, end: true, allDay: true },
  });
}

/** A published event of the calendar `calendarSlug`, or null (unknown, pending, or in another calendar). */
export async function getEventDetail(calendarSlug: string, id: number, now: Date): Promise<EventDetail | null> {
  const e = await db.event.findFirst({ where: { id, status: "published", calendar: { slug: calendarSlug } }, select: detailSelect });
  if (!e) return null;
  const [next, current] = await Promise.all([
    occurrence(e.id, now, true),
    db.eventOccurrence.findFirst({
      where: { eventId: e.id, start: { lte: now }, end: { gt: now } },
      select: { start: true, end: true, allDay: true },
    }),
  ]);
  const time = current ?? next ?? (await occurrence(e.id, now, false));
  return {
    id: e.id,
    title: e.title,
    featured: e.featured,
    zone: eventZone(e),
    descriptionHtml: e.descriptionRendered,
    calendar: { id: e.calendarId, slug: e.calendar.slug, name: e.calendar.name },
    venue: e.venue ? { id: e.venue.id, name: e.venue.name, address: e.venue.address, url: e.venue.url } : null,
    categories: e.categories.map((c) => c.category),
    time,
    isPast: !current && !next,
    recurrence: e.recurringRules.map((r) => ({ frequency: r.frequency, interval: r.interval, finish: r.finish, rrule: r.rrule })),
  };
}

/**
 * apps/events previous_event / next_event: the published event of the same calendar whose
 * occurrence comes right before / after `at` (the shown time of the current one).
 */
export async function getNeighbour(calendarId: number, eventId: number, at: Date, after: boolean): Promise<Neighbour | null> {
  const o = await db.eventOccurrence.findFirst({
    where: {
      eventId: { not: eventId },
      event: { calendarId, status: "published" },
      start: after ? { gt: at } : { lt: at },
    },
    orderBy: [{ start: after ? "asc" : "desc" }, { eventId: "asc" }],
    select: { event: { select: { id: true, title: true, venue: { select: { name: true } } } } },
  });
  return o ? { id: o.event.id, title: o.event.title, venue: o.event.venue?.name ?? null } : null;
}
