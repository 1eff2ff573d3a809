import { describe, expect, it } from "vitest";
import { fromWallClock, toWallClock, zoneOffsetMs } from "@/lib/events/zone/utils";
import { expandEvent, expandRecurring, nextTime, oneOffOccurrence, previousTime } from "./utils";

const window = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-12-31T00:00:00Z") };
const weekly = (begin: string, finish: string, extra: object = {}) => ({
  begin: new Date(begin),
  finish: new Date(finish),
  frequency: 2,
  interval: 1,
  durationInternalSeconds: 7200,
  allDay: false,
  ...extra,
});
const iso = (d: Date) => d.toISOString();

describe("wall clocks in an IANA zone", () => {
  it("knows New York's offset in winter and summer", () => {
    expect(zoneOffsetMs("America/New_York", Date.parse("2026-01-15T12:00:00Z"))).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs("America/New_York", Date.parse("2026-07-15T12:00:00Z"))).toBe(-4 * 3_600_000);
    expect(zoneOffsetMs("Asia/Kolkata", Date.parse("2026-07-15T12:00:00Z"))).toBe(5.5 * 3_600_000);
  });

  it("round-trips an instant through its wall clock", () => {
    const t = new Date("2026-03-29T00:30:00Z");
    expect(iso(fromWallClock(toWallClock(t, "Europe/Berlin"), "Europe/Berlin"))).toBe(iso(t));
  });

  it("reads a time skipped by spring-forward with the offset before it (02:30 → 03:30 EDT)", () => {
    expect(iso(fromWallClock(new Date("2026-03-08T02:30:00Z"), "America/New_York"))).toBe("2026-03-08T07:30:00.000Z");
  });

  it("reads a time repeated by fall-back as the first of the two (01:30 EDT)", () => {
    expect(iso(fromWallClock(new Date("2026-11-01T01:30:00Z"), "America/New_York"))).toBe("2026-11-01T05:30:00.000Z");
  });
});

describe("recurring rules keep their local time across daylight saving", () => {
  it("a weekly 18:00 meetup in New York is 23:00 UTC in winter and 22:00 UTC after the March change", () => {
    // Tuesday 3 March 2026, 18:00 EST.
    const rule = weekly("2026-03-03T23:00:00Z", "2026-03-25T00:00:00Z");
    const starts = expandRecurring(rule, "America/New_York", window).map((o) => iso(o.start));
    expect(starts).toEqual(["2026-03-03T23:00:00.000Z", "2026-03-10T22:00:00.000Z", "2026-03-17T22:00:00.000Z", "2026-03-24T22:00:00.000Z"]);
  });

  it("a weekly 19:00 meetup in Berlin moves from 18:00 to 17:00 UTC on 29 March", () => {
    const rule = weekly("2026-03-19T18:00:00Z", "2026-04-03T00:00:00Z", { frequency: 2 });
    const starts = expandRecurring(rule, "Europe/Berlin", window).map((o) => iso(o.start));
    expect(starts).toEqual(["2026-03-19T18:00:00.000Z", "2026-03-26T18:00:00.000Z", "2026-04-02T17:00:00.000Z"]);
  });

  it("in Kolkata (no daylight saving) a monthly rule stays at the same UTC time, and its end is start + duration", () => {
    const rule = weekly("2026-01-10T13:30:00Z", "2026-04-30T00:00:00Z", { frequency: 1, durationInternalSeconds: 5400 });
    const occ = expandRecurring(rule, "Asia/Kolkata", window);
    expect(occ.map((o) => iso(o.start))).toEqual([
      "2026-01-10T13:30:00.000Z",
      "2026-02-10T13:30:00.000Z",
      "2026-03-10T13:30:00.000Z",
      "2026-04-10T13:30:00.000Z",
    ]);
    expect(iso(occ[0]!.end)).toBe("2026-01-10T15:00:00.000Z");
  });

  it("the same rule read in UTC would drift an hour in local time (why the zone matters)", () => {
    const rule = weekly("2026-03-03T23:00:00Z", "2026-03-11T00:00:00Z");
    expect(expandRecurring(rule, "UTC", window).map((o) => iso(o.start))).toEqual(["2026-03-03T23:00:00.000Z", "2026-03-10T23:00:00.000Z"]);
  });

  it("honours yearly, daily and an interval, and stops at the finish", () => {
    const yearly = expandRecurring(weekly("2026-05-01T09:00:00Z", "2027-06-01T00:00:00Z", { frequency: 0 }), "UTC", window);
    expect(yearly.map((o) => iso(o.start))).toEqual(["2026-05-01T09:00:00.000Z", "2027-05-01T09:00:00.000Z"]);
    const daily = expandRecurring(weekly("2026-05-01T09:00:00Z", "2026-05-07T00:00:00Z", { frequency: 3, interval: 2 }), "UTC", window);
    expect(daily.map((o) => iso(o.start).slice(0, 10))).toEqual(["2026-05-01", "2026-05-03", "2026-05-05"]);
  });

  it("an imported RRULE keeps BYDAY and COUNT; EXDATE removes an instance, RDATE adds one", () => {
    const rule = weekly("2026-06-01T16:00:00Z", "2026-12-31T00:00:00Z", {
      rrule: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4",
      exdates: [new Date("2026-06-03T16:00:00Z")],
      rdates: [new Date("2026-06-20T16:00:00Z")],
    });
    const starts = expandRecurring(rule, "Europe/London", window).map((o) => iso(o.start).slice(0, 10));
    expect(starts).toEqual(["2026-06-01", "2026-06-08", "2026-06-10", "2026-06-20"]);
  });

  it("all-day rules stay on their UTC day whatever the zone", () => {
    const rule = weekly("2026-10-24T00:00:00Z", "2026-11-10T00:00:00Z", { allDay: true, durationInternalSeconds: 86_400 });
    const occ = expandRecurring(rule, "America/Los_Angeles", window);
    expect(occ.map((o) => iso(o.start))).toEqual(["2026-10-24T00:00:00.000Z", "2026-10-31T00:00:00.000Z", "2026-11-07T00:00:00.000Z"]);
  });

  it("outside the window keeps only the neighbours: the last before and the first after", () => {
    const rule = weekly("2020-01-06T10:00:00Z", "2030-01-01T00:00:00Z", { frequency: 3 });
    const narrow = { from: new Date("2026-02-01T00:00:00Z"), to: new Date("2026-02-03T00:00:00Z") };
    const occ = expandRecurring(rule, "UTC", narrow).map((o) => iso(o.start).slice(0, 10));
    expect(occ).toEqual(["2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03"]);
  });
});

describe("one-off rules, next and previous time", () => {
  it("an all-day one-off ends at the midnight after its last (inclusive) day", () => {
    const o = oneOffOccurrence({ dtStart: new Date("2016-04-02T00:00:00Z"), dtEnd: new Date("2016-04-03T00:00:00Z"), allDay: true });
    expect([iso(o.start), iso(o.end)]).toEqual(["2016-04-02T00:00:00.000Z", "2016-04-04T00:00:00.000Z"]);
  });

  it("next time is the sooner of the one-off and the recurring rule; previous the latest ended", () => {
    const occ = expandEvent(
      {
        occurringRule: { dtStart: new Date("2026-12-20T10:00:00Z"), dtEnd: new Date("2026-12-20T12:00:00Z"), allDay: false },
        recurringRules: [weekly("2026-11-03T18:00:00Z", "2026-12-31T00:00:00Z")],
      },
      "UTC",
      window,
    );
    const now = new Date("2026-12-02T12:00:00Z");
    expect(iso(nextTime(occ, now)!.start)).toBe("2026-12-08T18:00:00.000Z");
    expect(iso(previousTime(occ, now)!.start)).toBe("2026-12-01T18:00:00.000Z");
    expect(nextTime(occ, new Date("2027-01-01T00:00:00Z"))).toBeNull();
  });
});

describe("zone transitions (for the VTIMEZONE of an export)", () => {
  it("finds New York's two changes in 2026 to the minute, and none in Kolkata", async () => {
    const { zoneTransitions } = await import("@/lib/events/zone/utils");
    const ny = zoneTransitions("America/New_York", 2026, 2026);
    expect(ny.map((t) => [t.at.toISOString(), t.offsetFrom / 3_600_000, t.offsetTo / 3_600_000])).toEqual([
      ["2026-03-08T07:00:00.000Z", -5, -4],
      ["2026-11-01T06:00:00.000Z", -4, -5],
    ]);
    expect(zoneTransitions("Asia/Kolkata", 2026, 2027)).toEqual([]);
  });
});
