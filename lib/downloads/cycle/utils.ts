/**
 * Support status of release series, from the release-cycle rows (feed statuses) or, before the
 * first refresh, from the built-in table (status derived from the dates). Pure: the downloads
 * loaders pass the rows and the latest published release of each series.
 */
import { RELEASE_CYCLE, seriesStatus } from "@/lib/downloads/constants";
import type { ActiveSeries, ReleaseSummary } from "@/lib/downloads/types";
import { compareVersions, getVersion, seriesOf } from "@/lib/downloads/utils";

export type CycleRow = {
  series: string;
  status: string;
  firstRelease: string;
  endOfLife: string;
  pep: number | null;
};

/** The built-in table as rows, with today's status. */
export function fallbackCycle(today: Date): CycleRow[] {
  return RELEASE_CYCLE.map((c) => ({
    series: c.series,
    status: seriesStatus(c, today),
    firstRelease: c.firstRelease,
    endOfLife: c.endOfLife,
    pep: c.pep,
  }));
}

const PRE_RELEASE_STATUSES = new Set(["feature", "prerelease", "pre-release", "planned"]);
const SHOWN = new Set(["bugfix", "security", "end-of-life"]);

const seriesDesc = (a: CycleRow, b: CycleRow) => compareVersions(b.series, a.series);

/**
 * The newest published release of each series (pre-releases included, like managers.py
 * latest_python3(minor)), from releases in any order.
 */
export function latestBySeries(releases: ReleaseSummary[]): Map<string, ReleaseSummary> {
  const latest = new Map<string, ReleaseSummary>();
  for (const r of releases) {
    const s = seriesOf(r.version);
    const seen = s && latest.get(s);
    if (s && (!seen || compareVersions(r.version, seen.version) > 0)) latest.set(s, r);
  }
  return latest;
}

/**
 * The active-releases table (download_tags.render_active_releases): newest series first; a series
 * in development shows as "pre-release" (first release marked planned) only once one of its
 * releases is published; bug-fix and security series always; of the end-of-life series only the
 * most recent, with its last release.
 */
export function activeSeries(rows: CycleRow[], latest: Map<string, ReleaseSummary>): ActiveSeries[] {
  const out: ActiveSeries[] = [];
  let eolShown = false;
  for (const row of [...rows].sort(seriesDesc)) {
    const release = latest.get(row.series) ?? null;
    const base = {
      series: row.series,
      firstRelease: row.firstRelease,
      endOfLife: row.endOfLife,
      pep: row.pep,
    };
    if (PRE_RELEASE_STATUSES.has(row.status)) {
      if (release) out.push({ ...base, status: "pre-release", planned: true, latest: release });
    } else if (row.status === "end-of-life") {
      if (eolShown) continue;
      eolShown = true;
      out.push({ ...base, status: "end-of-life", planned: false, latest: release });
    } else if (row.status === "bugfix" && release?.preRelease) {
      // The dates say the series shipped (the built-in table before the first refresh), but only
      // its pre-releases are published here: it is still a pre-release on this site.
      out.push({ ...base, status: "pre-release", planned: true, latest: release });
    } else if (SHOWN.has(row.status)) {
      out.push({ ...base, status: row.status as "bugfix" | "security", planned: false, latest: release });
    }
  }
  return out;
}

/**
 * End of life of a release's series (download_tags.get_eol_info): `{ date }` when the series is
 * end-of-life (date "" when unknown), null when it is supported or the name has no version.
 * Python 1 and 2 series missing from the rows count as end-of-life.
 */
export function endOfLifeFor(releaseName: string, rows: CycleRow[]): { date: string } | null {
  const series = seriesOf(getVersion(releaseName));
  if (!series) return null;
  const row = rows.find((r) => r.series === series);
  if (!row) return Number(series.split(".")[0]) <= 2 ? { date: "" } : null;
  return row.status === "end-of-life" ? { date: row.endOfLife } : null;
}
