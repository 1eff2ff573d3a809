import "server-only";
import { emit } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { eventsTags } from "@/lib/events/constants";
import { refreshOccurrences } from "@/lib/events/occurrence/mutations";
import { durationText } from "@/lib/events/utils";
import { parseIcs, type ParsedEvent } from "./utils";

export type ImportResult = { created: number; updated: number; unchanged: number; skipped: number; errors: string[] };

const logger = log.child({ module: "events-import" });

// apps/events/importer.py sanitizes DESCRIPTION as HTML; a plain-text description keeps its
// paragraphs instead of running together.
function description(source: string) {
  const type = /<[a-z][\s\S]*>/i.test(source) ? ("html" as const) : ("plain" as const);
  return { description: source, descriptionMarkupType: type, descriptionRendered: renderMarkup(source, type) };
}

const existingSelect = {
  id: true,
  title: true,
  description: true,
  venueId: true,
  timeZone: true,
  occurringRule: { select: { dtStart: true, dtEnd: true, allDay: true } },
  recurringRules: {
    select: { begin: true, finish: true, frequency: true, interval: true, durationInternalSeconds: true, allDay: true, rrule: true, exdates: true, rdates: true },
  },
} as const;

const t = (d: Date | undefined) => d?.getTime() ?? null;
const times = (ds: Date[]) => ds.map((d) => d.getTime()).sort((a, b) => a - b).join(",");

function ruleKey(r: Omit<NonNullable<ParsedEvent["recurring"]>, "rrule"> & { rrule: string | null } | null) {
  return r
    ? [t(r.begin), t(r.finish), r.frequency, r.interval, r.durationInternalSeconds, r.allDay, r.rrule, times(r.exdates), times(r.rdates)].join("|")
    : "";
}

async function venueId(calendarId: number, name: string | null): Promise<number | null> {
  if (!name) return null;
  const found = await db.eventLocation.findFirst({ where: { calendarId, name }, select: { id: true } });
  return (found ?? (await db.eventLocation.create({ data: { calendarId, name }, select: { id: true } }))).id;
}

/** Upserts one parsed event by (calendar, UID); returns what happened and the event's id. */
async function upsertEvent(calendarId: number, p: ParsedEvent): Promise<["created" | "updated" | "unchanged", number]> {
  const venue = await venueId(calendarId, p.location);
  const existing = await db.event.findUnique({ where: { calendarId_uid: { calendarId, uid: p.uid } }, select: existingSelect });
  const rules = {
    occurringRule: p.occurring,
    recurringRules: p.recurring ? [{ ...p.recurring, duration: durationText(p.recurring.durationInternalSeconds) }] : [],
  };
  if (existing) {
    const same =
      existing.title === p.title &&
      existing.description === p.description &&
      existing.venueId === venue &&
      existing.timeZone === p.timeZone &&
      t(existing.occurringRule?.dtStart) === t(p.occurring?.dtStart) &&
      t(existing.occurringRule?.dtEnd) === t(p.occurring?.dtEnd) &&
      (existing.occurringRule?.allDay ?? null) === (p.occurring?.allDay ?? null) &&
      existing.recurringRules.length === rules.recurringRules.length &&
      ruleKey(existing.recurringRules[0] ?? null) === ruleKey(p.recurring);
    if (same) return ["unchanged", existing.id];
    await db.$transaction([
      db.occurringRule.deleteMany({ where: { eventId: existing.id } }),
      db.recurringRule.deleteMany({ where: { eventId: existing.id } }),
      db.event.update({
        where: { id: existing.id },
        data: {
          title: p.title,
          ...description(p.description),
          venueId: venue,
          timeZone: p.timeZone,
          ...(rules.occurringRule ? { occurringRule: { create: rules.occurringRule } } : {}),
          recurringRules: { create: rules.recurringRules },
        },
      }),
    ]);
    return ["updated", existing.id];
  }
  const row = await db.event.create({
    data: {
      calendarId,
      uid: p.uid,
      title: p.title,
      ...description(p.description),
      venueId: venue,
      timeZone: p.timeZone,
      ...(rules.occurringRule ? { occurringRule: { create: rules.occurringRule } } : {}),
      recurringRules: { create: rules.recurringRules },
    },
    select: { id: true },
  });
  return ["created", row.id];
}

/**
 * Imports an iCalendar text into a calendar (apps/events Calendar.import_events): upsert by
 * UID, a VEVENT that cannot be read logged and skipped, unchanged events left untouched (a
 * second run of the same feed writes nothing), occurrences refreshed and pages revalidated.
 */
export async function importIcs(calendarId: number, source: string, now = new Date()): Promise<ImportResult> {
  const calendar = await db.calendar.findUniqueOrThrow({ where: { id: calendarId }, select: { timeZone: true, slug: true } });
  const { events, errors } = parseIcs(source, calendar.timeZone, now);
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, skipped: errors.length, errors: errors.map((e) => `${e.uid ?? "?"}: ${e.message}`) };
  for (const e of errors) logger.warn({ calendar: calendar.slug, uid: e.uid, reason: e.message }, "events: VEVENT skipped");
  const changed: number[] = [];
  for (const p of events) {
    try {
      const [what, id] = await upsertEvent(calendarId, p);
      result[what] += 1;
      if (what !== "unchanged") changed.push(id);
    } catch (error) {
      result.skipped += 1;
      result.errors.push(`${p.uid}: ${error instanceof Error ? error.message : String(error)}`);
      logger.warn({ calendar: calendar.slug, uid: p.uid, err: error }, "events: VEVENT not stored");
    }
  }
  if (changed.length) {
    await refreshOccurrences(changed, now);
    await revalidateDomain([eventsTags.events], { mode: "immediate" });
    // A few changes update their documents; a big first import rebuilds the index once.
    if (changed.length > 50) await emit("search/reindex.requested", { requestedBy: `events import ${calendar.slug}` });
    else for (const id of changed) await emit("search/document.changed", { type: "event", objectId: String(id) });
  }
  return result;
}
