import { describe, expect, it } from "vitest";
import type { ReleaseSummary } from "@/lib/downloads/types";
import { getVersion } from "@/lib/downloads/utils";
import { activeSeries, endOfLifeFor, fallbackCycle, latestBySeries, type CycleRow } from "./utils";

// The cases of apps/downloads/tests (test_template_tags), with release-cycle data given here the
// way the Django tests mock the feed.
const row = (
  series: string,
  status: string,
  firstRelease: string,
  endOfLife: string,
  pep: number,
): CycleRow => ({
  series,
  status,
  firstRelease,
  endOfLife,
  pep,
});
const cycle: CycleRow[] = [
  row("3.8", "end-of-life", "2019-10-14", "2024-10-07", 569),
  row("3.15", "feature", "2026-10-01", "2031-10", 790),
  row("3.10", "security", "2021-10-04", "2026-10", 619),
  row("3.9", "end-of-life", "2020-10-05", "2025-10-31", 596),
  row("3.14", "prerelease", "2025-10-07", "2030-10", 745),
  row("3.13", "bugfix", "2024-10-07", "2029-10", 719),
];

const summary = (name: string): ReleaseSummary => ({
  name,
  slug: name.toLowerCase().replace(/[ .]/g, ""),
  version: getVersion(name),
  releaseDate: new Date("2025-01-01T00:00:00Z"),
  preRelease: /[abc]\d+$/.test(name),
  releaseNotesUrl: "",
});

describe("endOfLifeFor (get_eol_info)", () => {
  it("flags 3.8 and 2.7 releases, not a supported 3.10 one", () => {
    expect(endOfLifeFor("Python 3.8.20", cycle)).toEqual({ date: "2024-10-07" });
    expect(endOfLifeFor("Python 3.10.18", cycle)).toBeNull();
    // 2.7 is not in the data: Python 2 and older count as end-of-life, date unknown.
    expect(endOfLifeFor("Python 2.7.5", cycle)).toEqual({ date: "" });
  });

  it("says nothing for a Python 3 series the data does not know, or a name without a version", () => {
    expect(endOfLifeFor("Python 3.99.0", cycle)).toBeNull();
    expect(endOfLifeFor("Python2.7.5", cycle)).toBeNull();
    expect(endOfLifeFor("Python install manager 25.0", cycle)).toBeNull();
  });
});

describe("activeSeries (render_active_releases)", () => {
  const published = [
    "Python 3.13.9",
    "Python 3.13.10",
    "Python 3.10.19",
    "Python 3.9.25",
    "Python 3.8.20",
    "Python 3.14.0rc3",
  ];
  const latest = latestBySeries(published.map(summary));

  it("lists newest series first; a series in development shows only once a release of it is out", () => {
    const rows = activeSeries(cycle, latest);
    expect(rows.map((r) => [r.series, r.status])).toEqual([
      ["3.14", "pre-release"],
      ["3.13", "bugfix"],
      ["3.10", "security"],
      ["3.9", "end-of-life"],
    ]);
    expect(rows[0]).toMatchObject({ planned: true, firstRelease: "2025-10-07" });
    expect(rows.slice(1).every((r) => !r.planned)).toBe(true);
  });

  it("keeps only the most recent end-of-life series, with its last release (numeric order)", () => {
    const rows = activeSeries(cycle, latest);
    expect(rows.filter((r) => r.status === "end-of-life").map((r) => r.latest?.version)).toEqual(["3.9.25"]);
    expect(rows.find((r) => r.series === "3.13")?.latest?.version).toBe("3.13.10");
  });

  it("shows a series as pre-release while only its pre-releases are published, whatever its dates say", () => {
    const early = [
      row("3.15", "bugfix", "2026-10-01", "2031-10", 790),
      ...cycle.filter((r) => r.series !== "3.15"),
    ];
    const withAlpha = latestBySeries([...published, "Python 3.15.0a1"].map(summary));
    expect(activeSeries(early, withAlpha)[0]).toMatchObject({
      series: "3.15",
      status: "pre-release",
      planned: true,
    });
    const withFinal = latestBySeries([...published, "Python 3.15.0a1", "Python 3.15.0"].map(summary));
    expect(activeSeries(early, withFinal)[0]).toMatchObject({
      series: "3.15",
      status: "bugfix",
      planned: false,
    });
  });

  it("skips statuses it does not know and shows nothing for an empty cycle", () => {
    expect(activeSeries([row("3.13", "mystery", "", "", 719)], latest)).toEqual([]);
    expect(activeSeries([], latest)).toEqual([]);
  });
});

describe("fallbackCycle", () => {
  it("derives the status of the built-in table from the date", () => {
    const at = (d: string) => Object.fromEntries(fallbackCycle(new Date(d)).map((r) => [r.series, r.status]));
    expect(at("2026-12-01")).toMatchObject({ "3.15": "bugfix", "3.13": "security", "3.10": "end-of-life" });
    expect(at("2025-06-01")).toMatchObject({
      "3.15": "pre-release",
      "3.14": "pre-release",
      "3.13": "bugfix",
    });
  });
});
