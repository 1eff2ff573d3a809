import { describe, expect, it } from "vitest";
import { dateLine, dateLineText, longDate, nextOccurrence, parseDateSegments, recurrenceText } from "./utils";

describe("nextOccurrence", () => {
  const begin = new Date("2026-01-05T18:00:00Z"); // a Monday

  it("returns the next weekly meeting after a given moment", () => {
    const rule = { begin, finish: new Date("2026-12-31T00:00:00Z"), frequency: 2, interval: 1 };
    expect(nextOccurrence(rule, new Date("2026-01-06T00:00:00Z"))).toEqual(new Date("2026-01-12T18:00:00Z"));
  });

  it("honours the interval (every second week)", () => {
    const rule = { begin, finish: new Date("2026-12-31T00:00:00Z"), frequency: 2, interval: 2 };
    expect(nextOccurrence(rule, new Date("2026-01-06T00:00:00Z"))).toEqual(new Date("2026-01-19T18:00:00Z"));
  });

  it("returns null once the rule has finished", () => {
    const rule = { begin, finish: new Date("2026-02-01T00:00:00Z"), frequency: 3, interval: 1 };
    expect(nextOccurrence(rule, new Date("2026-03-01T00:00:00Z"))).toBeNull();
  });

  it("returns null for an unknown frequency code", () => {
    const rule = { begin, finish: new Date("2026-02-01T00:00:00Z"), frequency: 9, interval: 1 };
    expect(nextOccurrence(rule, new Date("2026-01-01T00:00:00Z"))).toBeNull();
  });
});

describe("the date line as event_detail.html formats it", () => {
  it("single day, timed, in the event's zone: '08 Dec. from 6pm EST to 8:30pm EST, 2026'", () => {
    const l = dateLine(
      { start: new Date("2026-12-08T23:00:00Z"), end: new Date("2026-12-09T01:30:00Z"), allDay: false },
      "America/New_York",
    );
    expect(dateLineText(l)).toBe("08 Dec. from 6pm EST to 8:30pm EST, 2026");
    expect(l.singleDay).toBe(true);
  });

  it("multi-day all-day shows dates only, through the last (inclusive) day", () => {
    const l = dateLine({ start: new Date("2027-01-01T00:00:00Z"), end: new Date("2027-01-04T00:00:00Z"), allDay: true }, "Asia/Tokyo");
    expect(dateLineText(l)).toBe("From 01 Jan. through 03 Jan., 2027");
  });

  it("a one-day all-day event is a single date with no times", () => {
    const l = dateLine({ start: new Date("2026-09-14T00:00:00Z"), end: new Date("2026-09-15T00:00:00Z"), allDay: true }, "America/Los_Angeles");
    expect(dateLineText(l)).toBe("14 Sept., 2026");
  });

  it("multi-day timed: 'From 30 Oct. at 9am CET through 01 Nov. at 5pm CET, 2026' with AP month names", () => {
    const l = dateLine({ start: new Date("2026-10-30T08:00:00Z"), end: new Date("2026-11-01T16:00:00Z"), allDay: false }, "Europe/Berlin");
    expect(dateLineText(l)).toBe("From 30 Oct. at 9am GMT+1 through 01 Nov. at 5pm GMT+1, 2026");
  });

  it("the featured date as 'l, F d, Y' and the recurrence in words", () => {
    expect(longDate(new Date("2026-12-02T12:00:00Z"), "UTC", false)).toBe("Wednesday, December 02, 2026");
    expect(recurrenceText({ frequency: 1, interval: 2 })).toBe("Every 2 months");
  });

  it("date URL segments must name a real day", () => {
    expect(parseDateSegments("2026", "02", "29")).toBeNull();
    expect(parseDateSegments("2028", "02", "29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });
});
