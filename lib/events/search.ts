import { htmlToText } from "@/lib/platform/search/text";
import type { SearchDocumentInput } from "@/lib/platform/search/types";
import { getSearchableEvent, listSearchableEvents, type SearchableEvent } from "./data";

/**
 * An event's search document. apps/events/search_indexes.py ranks past events 0.9, featured
 * 1.2, others 1.1; "past" here is "no occurrence left" from the occurrence table (a recurring
 * event is upcoming while its series runs), and the date is the next occurrence (the last start
 * once over), so both engines' boost and date order put upcoming events before past ones. The
 * nightly reindex (inngest/functions/search.ts) moves events that ended since into "past".
 */
export function toSearchDocument(e: SearchableEvent): SearchDocumentInput {
  const lastStart = [e.occurringRule?.dtStart, ...e.recurringRules.map((r) => r.begin)]
    .filter((d): d is Date => d instanceof Date)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return {
    type: "event",
    objectId: String(e.id),
    title: e.title,
    body: [e.calendar.name, e.venue?.name, e.venue?.address, htmlToText(e.descriptionRendered)]
      .filter(Boolean)
      .join(" "),
    url: `/events/${e.calendar.slug}/${e.id}/`,
    boost: e.next === null ? 0.9 : e.featured ? 1.2 : 1.1,
    date: e.next ?? lastStart ?? null,
  };
}

/** The search source of events (lib/site/search/sources.ts lists one per domain). */
export const eventsSearchSource = {
  type: "event",
  label: "Events",
  // `now` (upcoming or past) is taken when the rows are read.
  list: () => listSearchableEvents(),
  get: (id: number) => getSearchableEvent(id),
  toSearchDocument,
};
