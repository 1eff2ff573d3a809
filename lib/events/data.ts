import "server-only";
import { db } from "@/lib/platform/db";
import type { UpcomingEvent } from "./types";
import { nextOccurrence } from "./utils";

/**
 * Events whose next occurrence is after `now`, soonest first (apps/events EventManager
 * for_datetime + Event.next_time): one-off events by their start, recurring ones by their
 * next computed occurrence. One query; recurrence is expanded in memory.
 */
export async function listUpcomingEvents(now: Date, limit = 5): Promise<UpcomingEvent[]> {
  const rows = await db.event.findMany({
    where: {
      OR: [
        { occurringRule: { dtStart: { gt: now } } },
        { recurringRules: { some: { finish: { gt: now } } } },
      ],
    },
    select: {
      id: true,
      title: true,
      calendar: { select: { slug: true } },
      venue: { select: { name: true } },
      occurringRule: { select: { dtStart: true, dtEnd: true, allDay: true } },
      recurringRules: {
        where: { finish: { gt: now } },
        select: {
          begin: true,
          finish: true,
          frequency: true,
          interval: true,
          durationInternalSeconds: true,
          allDay: true,
        },
      },
    },
  });
  const events: UpcomingEvent[] = [];
  for (const e of rows) {
    const candidates: { start: Date; end: Date; allDay: boolean }[] = [];
    if (e.occurringRule && e.occurringRule.dtStart > now)
      candidates.push({
        start: e.occurringRule.dtStart,
        end: e.occurringRule.dtEnd,
        allDay: e.occurringRule.allDay,
      });
    for (const r of e.recurringRules) {
      const start = nextOccurrence(r, now);
      if (start)
        candidates.push({
          start,
          end: new Date(start.getTime() + r.durationInternalSeconds * 1000),
          allDay: r.allDay,
        });
    }
    candidates.sort((a, b) => a.start.getTime() - b.start.getTime());
    const next = candidates[0];
    if (next)
      events.push({
        id: e.id,
        title: e.title,
        calendarSlug: e.calendar.slug,
        venue: e.venue?.name ?? null,
        ...next,
      });
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime()).slice(0, limit);
}

// Search (lib/site/search/sources.ts): every event (apps/events has no publish flag; the calendar
// feeds are public), with what the search document needs to rank past ones lower.
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
  return db.event.findMany({ select: searchableEventSelect, orderBy: { id: "asc" } });
}

export async function getSearchableEvent(id: number): Promise<SearchableEvent | null> {
  return db.event.findUnique({ where: { id }, select: searchableEventSelect });
}
