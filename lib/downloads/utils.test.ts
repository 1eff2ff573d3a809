import { describe, expect, it } from "vitest";
import { compareVersions, dateLookups, formatFileSize, getVersion, seriesOf } from "./utils";

describe("getVersion", () => {
  it("reads the version from a release name", () => {
    expect(getVersion("Python 3.14.0")).toBe("3.14.0");
    expect(getVersion("Python 3.15.0a1")).toBe("3.15.0a1");
  });

  it("returns an empty string for malformed names (apps/downloads tests)", () => {
    for (const name of ["Python2.7.5", "Python   2.7.7", "Python\t2.7.7", "Release 3.1"])
      expect(getVersion(name)).toBe("");
  });
});

describe("compareVersions", () => {
  it("sorts by number, not by string", () => {
    const sorted = ["3.9.25", "3.10.19", "2.7.18", "3.10.18", "3.8.20"].sort(compareVersions).reverse();
    expect(sorted).toEqual(["3.10.19", "3.10.18", "3.9.25", "3.8.20", "2.7.18"]);
  });

  it("puts pre-releases before the final release", () => {
    expect(["3.15.0", "3.15.0rc1", "3.15.0a1", "3.15.0b2"].sort(compareVersions)).toEqual([
      "3.15.0a1",
      "3.15.0b2",
      "3.15.0rc1",
      "3.15.0",
    ]);
  });
});

describe("seriesOf and formatFileSize", () => {
  it("gives the X.Y series", () => {
    expect(seriesOf("3.14.0")).toBe("3.14");
    expect(seriesOf("nonsense")).toBe("");
  });

  it("formats sizes like Django's filesizeformat", () => {
    expect(formatFileSize(12_345_678)).toBe("11.8 MB");
    expect(formatFileSize(512)).toBe("512 bytes");
  });
});

describe("dateLookups", () => {
  const at = new Date("2026-10-07T12:00:00.123Z");
  const plus1 = new Date("2026-10-07T12:00:00.124Z");
  it("reads a value from the API as its whole millisecond (the database keeps microseconds)", () => {
    expect(dateLookups({ exact: at })).toEqual([{ gte: at, lt: plus1 }]);
    expect(dateLookups({ lte: at, gt: at })).toEqual([{ gte: plus1 }, { lt: plus1 }]);
    expect(dateLookups({ gte: at, lt: at })).toEqual([{ gte: at }, { lt: at }]);
  });

  it("takes both ends of a range, and a year in UTC", () => {
    expect(dateLookups({ range: [at, at] })).toEqual([{ gte: at, lt: plus1 }]);
    expect(dateLookups({ year: 2025 })).toEqual([
      { gte: new Date("2025-01-01T00:00:00Z"), lt: new Date("2026-01-01T00:00:00Z") },
    ]);
    expect(dateLookups({})).toEqual([]);
  });
});
