// Events: the iCalendar import of every calendar with a feed URL (apps/events
// import_ics_calendars), the daily slide of the occurrence window, and its monthly cleanup.
import { defineCron } from "@/inngest/define";
import { sendDueAlarms } from "@/lib/events/alarm/mutations";
import { sendDailyDigest } from "@/lib/events/digest/mutations";
import { importCalendarFeed, listImportableCalendars } from "@/lib/events/ics/services";
import { pruneOccurrences, refreshOccurrences } from "@/lib/events/occurrence/mutations";
import { env } from "@/lib/platform/env";

/** One step per calendar: a failing feed is retried alone, the others stay imported. */
export const importIcsCalendarsJob = defineCron(
  { id: "events-import-ics", cron: "17 * * * *" },
  async ({ step }) => {
    const calendars = await step.run("list-calendars", () => listImportableCalendars());
    const results = [];
    for (const c of calendars) results.push(await step.run(`import-${c.slug}`, () => importCalendarFeed(c.id)));
    return results;
  },
);

/** Re-expands recurring rules so the window (a year back, two ahead) follows the calendar. */
export const refreshOccurrencesJob = defineCron(
  { id: "events-refresh-occurrences", cron: "5 3 * * *" },
  async ({ step }) => step.run("refresh", () => refreshOccurrences("recurring")),
);

/** Drops occurrence rows of recurring events long past (each event keeps its later ones). */
export const pruneOccurrencesJob = defineCron(
  { id: "events-prune-occurrences", cron: "30 4 1 * *" },
  async ({ step }) => step.run("prune", () => pruneOccurrences()),
);

/** Alarms: each (alarm, occurrence) mailed once when its trigger time has come. */
export const sendAlarmsJob = defineCron(
  { id: "events-send-alarms", cron: "*/10 * * * *" },
  async ({ step }) => step.run("send", () => sendDueAlarms(env.SITE_URL)),
);

/** The daily mail of the next (UTC) day's events to those who asked for it; once per person and day. */
export const sendDailyDigestJob = defineCron(
  { id: "events-send-digest", cron: "0 17 * * *" },
  async ({ step }) => step.run("send", () => sendDailyDigest(env.SITE_URL)),
);

/** The events functions, listed by inngest/index.ts. */
export const eventsFunctions = [importIcsCalendarsJob, refreshOccurrencesJob, pruneOccurrencesJob, sendAlarmsJob, sendDailyDigestJob];
