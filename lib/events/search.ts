import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import { getSearchableEvent, listSearchableEvents, type SearchableEvent } from "./data";

/** The last moment the event happens: its end, or the finish of its last recurrence. */
function lastEnd(e: SearchableEvent): Date | null {
  const ends = [e.occurringRule?.dtEnd, ...e.recurringRules.map((r) => r.finish)].filter(
    (d): d is Date => d instanceof Date,
  );
  return ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null;
}

export function toSearchDocument(e: SearchableEvent, now = new Date()): SearchDocumentInput {
  const end = lastEnd(e);
  return {
    type: "event",
    objectId: String(e.id),
    title: e.title,
    body: [e.calendar.name, e.venue?.name, e.venue?.address, htmlToText(e.descriptionRendered)]
      .filter(Boolean)
      .join(" "),
    url: `/events/${e.calendar.slug}/${e.id}/`,
    // apps/events/search_indexes.py: past events 0.9, featured 1.2, others 1.1.
    boost: end && end < now ? 0.9 : e.featured ? 1.2 : 1.1,
    date: e.occurringRule?.dtStart ?? e.recurringRules[0]?.begin ?? null,
  };
}

/** The search source of events (lib/site/search/sources.ts lists one per domain). */
export const eventsSearchSource = {
  type: "event",
  label: "Events",
  list: listSearchableEvents,
  get: getSearchableEvent,
  // One argument only: `now` (upcoming or past) is taken when the document is built.
  toSearchDocument: (row: SearchableEvent) => toSearchDocument(row),
};
