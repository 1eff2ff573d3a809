import { describe, expect, it } from "vitest";
import { dateParts, formatMinutesDate, groupByYear, isoDate, minutesPath, parseMinutesDate } from "./utils";

// The suite runs in America/New_York: a meeting stored as midnight UTC must not move a day back.
describe("minutes dates", () => {
  const jan1 = new Date(Date.UTC(2012, 0, 1));

  it("give the date helpers python.org's sitetree uses: '2012', '01', '01'", () => {
    expect(dateParts(jan1)).toEqual({ year: "2012", month: "01", day: "01" });
    expect(isoDate(jan1)).toBe("2012-01-01");
    expect(minutesPath(jan1)).toBe("/psf/records/board/minutes/2012-01-01/");
    expect(formatMinutesDate(jan1)).toBe("January 1, 2012");
  });

  it("read a URL's YYYY-MM-DD as that calendar day at midnight UTC", () => {
    expect(parseMinutesDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("refuse segments that are not a real day, so they answer 404 instead of failing", () => {
    for (const bad of [
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-1-1",
      "20240101",
      "feed",
      "2024-01-01x",
      "0000-01-01",
    ])
      expect(parseMinutesDate(bad), bad).toBeNull();
  });

  it("group the archive by year, keeping the newest-first order", () => {
    const d = (s: string) => ({ date: parseMinutesDate(s)!, isPublished: true });
    const years = groupByYear([d("2025-03-12"), d("2025-01-12"), d("2024-12-12")]);
    expect(years.map((y) => [y.year, y.minutes.map((m) => isoDate(m.date))])).toEqual([
      [2025, ["2025-03-12", "2025-01-12"]],
      [2024, ["2024-12-12"]],
    ]);
  });
});
