import "server-only";
import { db } from "@/lib/platform/db";
import { displayUrl, safeFetch, type SafeFetchOptions } from "@/lib/platform/fetch";
import { log } from "@/lib/platform/log";
import { importIcs, type ImportResult } from "./mutations";

const logger = log.child({ module: "events-import" });
/** Google's big public calendars run to a few MB; anything larger is refused while streaming. */
const MAX_ICS_BYTES = 8 * 1024 * 1024;

/**
 * Fetches one calendar's feed through the SSRF-guarded fetcher (its own host only, http or
 * https, 30 s as apps/events/importer.py) and imports it. `fetchOptions` is for tests.
 */
export async function importCalendarFeed(calendarId: number, fetchOptions: Partial<SafeFetchOptions> = {}): Promise<ImportResult> {
  const calendar = await db.calendar.findUniqueOrThrow({ where: { id: calendarId }, select: { url: true, slug: true } });
  if (!calendar.url) throw new Error(`calendar ${calendar.slug} has no feed URL`);
  const res = await safeFetch(calendar.url, {
    allowedHosts: [new URL(calendar.url).hostname],
    protocols: ["https:", "http:"],
    timeoutMs: 30_000,
    maxBytes: MAX_ICS_BYTES,
    headers: { Accept: "text/calendar, */*;q=0.5" },
    ...fetchOptions,
  });
  const result = await importIcs(calendarId, res.body);
  logger.info({ calendar: calendar.slug, url: displayUrl(new URL(calendar.url)), ...result, errors: result.errors.length }, "events: calendar imported");
  return result;
}

/** The calendars with a feed URL (apps/events import_ics_calendars imports each). */
export async function listImportableCalendars(): Promise<{ id: number; slug: string }[]> {
  return db.calendar.findMany({ where: { url: { not: null } }, select: { id: true, slug: true }, orderBy: { id: "asc" } });
}
