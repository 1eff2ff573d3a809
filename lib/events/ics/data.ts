import "server-only";
import { db } from "@/lib/platform/db";
import { eventZone } from "@/lib/events/zone/utils";
import { eventPath } from "@/lib/events/utils";
import type { ExportEvent } from "./feed";

const exportSelect = {
  id: true,
  uid: true,
  title: true,
  descriptionRendered: true,
  timeZone: true,
  updated: true,
  calendar: { select: { slug: true, timeZone: true } },
  venue: { select: { name: true, address: true, timeZone: true } },
  categories: { select: { category: { select: { name: true } } } },
  occurringRule: { select: { dtStart: true, dtEnd: true, allDay: true } },
  recurringRules: {
    select: { begin: true, finish: true, frequency: true, interval: true, durationInternalSeconds: true, allDay: true, rrule: true, exdates: true, rdates: true },
    orderBy: { id: "asc" },
  },
} as const;

const plain = (html: string) =>
  html
    .replace(/<br\s*\/?>|<\/p>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

type Row = Awaited<ReturnType<typeof db.event.findMany<{ select: typeof exportSelect }>>>[number];

function toExport(e: Row, siteUrl: string): ExportEvent {
  return {
    id: e.id,
    uid: e.uid,
    title: e.title,
    description: plain(e.descriptionRendered),
    url: new URL(eventPath(e.calendar.slug, e.id), siteUrl).toString(),
    location: e.venue ? [e.venue.name, e.venue.address].filter(Boolean).join(", ") : null,
    zone: eventZone(e),
    updated: e.updated,
    categories: e.categories.map((c) => c.category.name),
    occurringRule: e.occurringRule,
    recurringRules: e.recurringRules,
  };
}

/** Every published event of a calendar, rules and all (events.ics keeps the RRULEs). */
export async function listExportEvents(calendarId: number, siteUrl: string): Promise<ExportEvent[]> {
  const rows = await db.event.findMany({ where: { calendarId, status: "published" }, select: exportSelect, orderBy: { id: "asc" } });
  return rows.map((e) => toExport(e, siteUrl));
}

export async function getExportEvent(calendarSlug: string, id: number, siteUrl: string): Promise<ExportEvent | null> {
  const e = await db.event.findFirst({ where: { id, status: "published", calendar: { slug: calendarSlug } }, select: exportSelect });
  return e ? toExport(e, siteUrl) : null;
}
