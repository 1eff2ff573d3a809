import { describe, expect, it } from "vitest";

// STYLE.md rule 9: the suite runs in a zone with an offset and daylight saving time
// (vitest.config.ts and scripts/test.ts pin America/New_York), so code that assumes the server
// is on UTC fails in tests. This fails if the pin is dropped or set back to UTC.
describe("the test suite's time zone", () => {
  it("is America/New_York: UTC-5 in winter, UTC-4 in summer", () => {
    expect(process.env.TZ).toBe("America/New_York");
    expect(new Date("2026-01-15T12:00:00Z").getTimezoneOffset()).toBe(300);
    expect(new Date("2026-07-15T12:00:00Z").getTimezoneOffset()).toBe(240);
  });
});
