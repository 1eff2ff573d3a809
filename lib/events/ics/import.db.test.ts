// The iCalendar import (§1.5 import_ics_calendars, apps/events/tests/test_importer.py) on a
// corpus of our own, imported twice: the second run changes nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { listEvents } from "@/lib/events/data";
import { listExportEvents } from "./data";
import { buildIcs } from "./feed";
import { importIcs } from "./mutations";
import { parseIcs } from "./utils";

const corpus = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/ics", name), "utf8");
const now = new Date("2026-12-02T12:00:00Z");
const slug = `ics-test-${process.pid}-${Date.now()}`;
let calendarId = 0;

beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "ICS test", timeZone: "Europe/Amsterdam" } })).id;
});
afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
});

const byUid = async (uid: string) =>
  db.event.findUniqueOrThrow({
    where: { calendarId_uid: { calendarId, uid } },
    select: { id: true, title: true, updated: true, descriptionRendered: true, timeZone: true, venue: { select: { name: true } }, occurringRule: true, recurringRules: true },
  });

describe("importing the corpus", () => {
  it("imports a weekly TZID series with its EXDATE and overridden instance, then a second run changes nothing", async () => {
    const first = await importIcs(calendarId, corpus("recurring.ics"), now);
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, skipped: 0 });
    const series = await byUid("study-group-2027@corpus.test");
    expect(series.timeZone).toBe("Europe/Berlin");
    expect(series.venue?.name).toBe("Kiezbibliothek, Berlin");
    expect(series.recurringRules).toHaveLength(1);
    const occ = await db.eventOccurrence.findMany({ where: { eventId: series.id }, orderBy: { start: "asc" } });
    // 19:00 in Berlin on both sides of the 28 March change; 18 March excluded; 1 April overridden.
    expect(occ.map((o) => o.start.toISOString())).toEqual([
      "2027-03-04T18:00:00.000Z",
      "2027-03-11T18:00:00.000Z",
      "2027-03-25T18:00:00.000Z",
      "2027-04-08T17:00:00.000Z",
      "2027-04-15T17:00:00.000Z",
    ]);
    const moved = await db.event.findFirstOrThrow({ where: { calendarId, uid: { startsWith: "study-group-2027@corpus.test/" } }, include: { occurringRule: true } });
    expect(moved.title).toBe("Berlin study group (Easter week, one hour later)");
    expect(moved.occurringRule!.dtStart.toISOString()).toBe("2027-04-01T18:00:00.000Z");

    const second = await importIcs(calendarId, corpus("recurring.ics"), now);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: 0 });
    expect((await byUid("study-group-2027@corpus.test")).updated).toEqual(series.updated);
    // Listed once among upcoming events, by its next time.
    const upcoming = await listEvents("upcoming", now, { calendarId }, 50);
    expect(upcoming.items.filter((e) => e.id === series.id).map((e) => e.start.toISOString())).toEqual(["2027-03-04T18:00:00.000Z"]);
  });

  it("all-day, missing DTEND, floating times and bad VEVENTs: the good ones in, the bad ones reported", async () => {
    const r = await importIcs(calendarId, corpus("mixed.ics"), now);
    expect(r).toMatchObject({ created: 4, skipped: 3 });
    expect(r.errors.join("\n")).toMatch(/no-start@corpus.test: VEVENT without DTSTART/);
    expect(r.errors.join("\n")).toMatch(/hourly@corpus.test: unsupported FREQ=HOURLY/);
    const sprint = await byUid("sprint-weekend@corpus.test");
    // DTEND is exclusive: stored as the last day, as Django does.
    expect([sprint.occurringRule!.dtStart.toISOString(), sprint.occurringRule!.dtEnd.toISOString(), sprint.occurringRule!.allDay]).toEqual([
      "2027-02-06T00:00:00.000Z",
      "2027-02-07T00:00:00.000Z",
      true,
    ]);
    expect(sprint.descriptionRendered).toContain('rel="noopener noreferrer"');
    expect(sprint.descriptionRendered).not.toContain("<script");
    const party = await byUid("release-party@corpus.test");
    expect(party.title).toBe("<javascript:alert(1)> release party");
    expect(party.occurringRule!.dtEnd).toEqual(party.occurringRule!.dtStart);
    const hours = await byUid("office-hours@corpus.test");
    expect(hours.occurringRule!.dtStart.toISOString()).toBe("2027-01-20T17:00:00.000Z");
    expect(hours.occurringRule!.dtEnd).toEqual(hours.occurringRule!.dtStart);
    // No zone in the file: the calendar's (Amsterdam, UTC+1 in January).
    const floating = await byUid("floating-talk@corpus.test");
    expect([floating.occurringRule!.dtStart.toISOString(), floating.occurringRule!.dtEnd.toISOString()]).toEqual([
      "2027-01-22T17:30:00.000Z",
      "2027-01-22T19:00:00.000Z",
    ]);
    expect(await importIcs(calendarId, corpus("mixed.ics"), now)).toMatchObject({ created: 0, updated: 0, unchanged: 4, skipped: 3 });
  });

  it("a re-import with the same UID updates the same event (test_importer.py)", async () => {
    const changed = corpus("mixed.ics").replace("SUMMARY:Maintainers' office hours", "SUMMARY:Maintainers' office hours (moved online)");
    const r = await importIcs(calendarId, changed, now);
    expect(r).toMatchObject({ created: 0, updated: 1 });
    expect((await byUid("office-hours@corpus.test")).title).toBe("Maintainers' office hours (moved online)");
  });

  it("imports a 2 MB calendar of 1,000 events, twice, the second run unchanged", async () => {
    const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//pydotorg-next tests//big//EN"];
    const filler = "Talks, tutorials and a hallway track. ".repeat(54);
    for (let i = 0; i < 1000; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      lines.push("BEGIN:VEVENT", `UID:big-${i}@corpus.test`, "DTSTAMP:20261120T100000Z", `SUMMARY:Big calendar event ${i}`, `DESCRIPTION:${filler}`, `DTSTART:202703${day}T1${i % 10}0000Z`, `DTEND:202703${day}T1${i % 10}3000Z`);
      if (i % 15 === 0) lines.push("RRULE:FREQ=MONTHLY;COUNT=6");
      lines.push("END:VEVENT");
    }
    lines.push("END:VCALENDAR");
    const big = lines.join("\r\n");
    expect(big.length).toBeGreaterThan(2_000_000);
    expect(await importIcs(calendarId, big, now)).toMatchObject({ created: 1000, skipped: 0 });
    expect(await importIcs(calendarId, big, now)).toMatchObject({ created: 0, updated: 0, unchanged: 1000 });
    await db.event.deleteMany({ where: { calendarId, uid: { startsWith: "big-" } } });
  }, 240_000);

  it("round trip: the exported calendar parses back to the same events and rules", async () => {
    const exported = await listExportEvents(calendarId, "https://www.python.org");
    const text = buildIcs("ICS test", exported, "www.python.org");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
    const back = parseIcs(text, "Europe/Amsterdam", now);
    expect(back.errors).toEqual([]);
    const key = (e: { uid: string | null; title: string; occurring?: unknown; recurring?: unknown }) => e.uid;
    expect(back.events.map(key).sort()).toEqual(exported.map((e) => e.uid).sort());
    for (const e of exported) {
      const b = back.events.find((x) => x.uid === e.uid)!;
      expect(b.title).toBe(e.title);
      if (e.occurringRule) expect(b.occurring).toEqual(e.occurringRule);
      const r = e.recurringRules[0];
      if (r) {
        expect(b.recurring).toMatchObject({ begin: r.begin, frequency: r.frequency, interval: r.interval, durationInternalSeconds: r.durationInternalSeconds });
        expect(b.recurring!.exdates.map((d) => d.toISOString()).sort()).toEqual(r.exdates.map((d) => d.toISOString()).sort());
        expect(b.recurring!.finish).toEqual(r.finish);
      }
    }
  });
});
