/**
 * Release-cycle facts per series (PEP 602 and the release PEPs): first release and end of
 * life. Status is derived from the date: pre-release before the first release, bug fixes for
 * two years, then security fixes until end of life.
 */
/**
 * Cache tags of the downloads pages: every release list, and one per release page (its slug).
 * Publishing also purges the `downloads` surrogate key (lib/site/cdn-sections.mjs: /getit/).
 */
export const downloadsTags = {
  releases: "releases",
  release: (slug: string) => `release:${slug}`,
} as const;

export type SeriesCycle = { series: string; firstRelease: string; endOfLife: string; pep: number };

export const RELEASE_CYCLE: SeriesCycle[] = [
  { series: "3.15", firstRelease: "2026-10-01", endOfLife: "2031-10-01", pep: 790 },
  { series: "3.14", firstRelease: "2025-10-07", endOfLife: "2030-10-01", pep: 745 },
  { series: "3.13", firstRelease: "2024-10-07", endOfLife: "2029-10-01", pep: 719 },
  { series: "3.12", firstRelease: "2023-10-02", endOfLife: "2028-10-01", pep: 693 },
  { series: "3.11", firstRelease: "2022-10-24", endOfLife: "2027-10-01", pep: 664 },
  { series: "3.10", firstRelease: "2021-10-04", endOfLife: "2026-10-01", pep: 619 },
  { series: "3.9", firstRelease: "2020-10-05", endOfLife: "2025-10-31", pep: 596 },
  { series: "3.8", firstRelease: "2019-10-14", endOfLife: "2024-10-07", pep: 569 },
  { series: "3.7", firstRelease: "2018-06-27", endOfLife: "2023-06-27", pep: 537 },
  { series: "3.6", firstRelease: "2016-12-23", endOfLife: "2021-12-23", pep: 494 },
  { series: "2.7", firstRelease: "2010-07-03", endOfLife: "2020-01-01", pep: 373 },
];

export type SeriesStatus = "pre-release" | "bugfix" | "security" | "end-of-life";

export function seriesStatus(cycle: SeriesCycle, today: Date): SeriesStatus {
  const first = new Date(`${cycle.firstRelease}T00:00:00Z`);
  const eol = new Date(`${cycle.endOfLife}T00:00:00Z`);
  if (today >= eol) return "end-of-life";
  if (today < first) return "pre-release";
  const bugfixEnd = new Date(first);
  bugfixEnd.setUTCFullYear(bugfixEnd.getUTCFullYear() + 2);
  return today < bugfixEnd ? "bugfix" : "security";
}

/** Order of featured download buttons on a release page (apps/downloads templates). */
export const BUTTON_OS_ORDER = ["macos", "windows", "source", "linux", "android", "ios"];
