// Runs in a second zone, on top of the suite's America/New_York (vitest.config.ts): India is
// UTC+05:30 with no daylight saving, so a UTC instant late in the evening is already the next
// day locally. Node re-reads TZ when it is assigned; this file runs in its own worker process.
process.env.TZ = "Asia/Kolkata";

import { describe, expect, it } from "vitest";
import { DateTime } from "@/components/ui/date-time";
import { tastypieDateTime } from "@/lib/api/tastypie";
import { seriesStatus } from "@/lib/downloads/constants";
import { nextOccurrence } from "@/lib/events/utils";

// 20:00 UTC on Sunday 1 March 2026 is 01:30 on Monday 2 March in Kolkata.
const evening = new Date("2026-03-01T20:00:00Z");

describe("dates are shown and computed in UTC whatever the server's zone (python.org runs on UTC)", () => {
  it("the zone is in effect: local time differs from UTC", () => {
    // ICU still names the zone by its older identifier.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    expect([evening.getDate(), evening.getHours(), evening.getMinutes()]).toEqual([2, 1, 30]);
    expect(evening.getTimezoneOffset()).toBe(-330);
  });

  it("<DateTime> shows the UTC day, not the local one", () => {
    const element = DateTime({ value: evening });
    expect(element.props).toEqual({ dateTime: "2026-03-01T20:00:00.000Z", children: "1 Mar 2026" });
    expect(evening.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })).toBe("2 Mar 2026");
  });

  it("<DateTime withTime> shows the UTC time of day, labelled, not the local one (01:30 in Kolkata)", () => {
    const element = DateTime({ value: evening, withTime: true });
    expect(element.props.children).toBe("1 Mar 2026, 20:00:00 UTC");
  });

  it("Tastypie's naive datetimes are UTC wall time, not local wall time", () => {
    expect(tastypieDateTime(evening)).toBe("2026-03-01T20:00:00");
    expect(tastypieDateTime(new Date("2026-03-01T20:00:00.250Z"))).toBe("2026-03-01T20:00:00.250000");
  });

  it("a series reaches end of life at midnight UTC of its date, not local midnight", () => {
    const cycle = { series: "3.10", firstRelease: "2021-10-04", endOfLife: "2026-10-31", pep: 619 };
    // 23:00 UTC on 30 October is already 31 October in Kolkata: still supported.
    expect(seriesStatus(cycle, new Date("2026-10-30T23:00:00Z"))).toBe("security");
    expect(seriesStatus(cycle, new Date("2026-10-31T00:00:00Z"))).toBe("end-of-life");
  });

  it("a weekly event recurs at the same UTC instant (apps/events RecurringRule, dateutil on UTC)", () => {
    const rule = { begin: evening, finish: new Date("2026-12-31T00:00:00Z"), frequency: 2, interval: 1 };
    expect(nextOccurrence(rule, new Date("2026-03-02T00:00:00Z"))?.toISOString()).toBe("2026-03-08T20:00:00.000Z");
  });
});
