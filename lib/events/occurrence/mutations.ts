import "server-only";
import { db, type PrismaClient } from "@/lib/platform/db";
import { eventZone } from "@/lib/events/zone/utils";
import { expandEvent, occurrenceWindow } from "./utils";

type Client = Pick<PrismaClient, "event" | "eventOccurrence" | "$transaction">;

const ruleSelect = {
  id: true,
  timeZone: true,
  venue: { select: { timeZone: true } },
  calendar: { select: { timeZone: true } },
  occurringRule: { select: { dtStart: true, dtEnd: true, allDay: true } },
  recurringRules: {
    select: {
      begin: true,
      finish: true,
      frequency: true,
      interval: true,
      durationInternalSeconds: true,
      allDay: true,
      rrule: true,
      exdates: true,
      rdates: true,
    },
  },
} as const;

const CHUNK = 200;

/**
 * Rewrites the events_occurrence rows of the given events (or of every event with a recurring
 * rule, for the daily slide of the window) from their rules. Idempotent: the same rules and the
 * same day give the same rows. Returns how many occurrence rows were written.
 */
export async function refreshOccurrences(
  eventIds: number[] | "recurring",
  now = new Date(),
  client: Client = db,
): Promise<number> {
  const window = occurrenceWindow(now);
  let written = 0;
  let cursor = 0;
  for (;;) {
    const where =
      eventIds === "recurring"
        ? { recurringRules: { some: {} }, id: { gt: cursor } }
        : { id: { in: eventIds.slice(cursor, cursor + CHUNK) } };
    const events = await client.event.findMany({ where, select: ruleSelect, orderBy: { id: "asc" }, take: CHUNK });
    if (events.length === 0) break;
    const rows = events.flatMap((e) =>
      expandEvent(e, eventZone(e), window).map((o) => ({ eventId: e.id, ...o })),
    );
    // A chunk is a few thousand rows: on a loaded machine (an import beside a build) that took
    // longer than Prisma's 5 s default and the commit was refused, failing the whole import.
    await client.$transaction(
      [
        client.eventOccurrence.deleteMany({ where: { eventId: { in: events.map((e) => e.id) } } }),
        client.eventOccurrence.createMany({ data: rows, skipDuplicates: true }),
      ],
      { timeout: 60_000, maxWait: 10_000 },
    );
    written += rows.length;
    if (eventIds === "recurring") cursor = events[events.length - 1]!.id;
    else cursor += CHUNK;
    if (eventIds !== "recurring" && cursor >= eventIds.length) break;
  }
  return written;
}

/** Deletes occurrence rows that ended before the window (the monthly cleanup). */
export async function pruneOccurrences(now = new Date(), client: Client = db): Promise<number> {
  const { from } = occurrenceWindow(now);
  // Keep each event's latest row, so "past" still lists an event whose last time is long gone.
  const { count } = await client.eventOccurrence.deleteMany({
    where: { end: { lt: from }, recurring: true, event: { occurrences: { some: { end: { gte: from } } } } },
  });
  return count;
}
