import type { ReleaseSummary } from "@/lib/downloads/types";
import { compareVersions, seriesOf } from "@/lib/downloads/utils";

// python/versions.html skips these, whose documentation was never published separately.
const SKIPPED = new Set(["2.3.6", "2.3.7", "2.4.5", "2.4.6", "2.5.5", "2.5.6"]);

export type DocsVersion = { label: string; version: string; releaseDate: Date; url: string };
export type DocsSeries = { series: string; versions: DocsVersion[] };

/**
 * "Python documentation by version" (pydotorg DocsByVersionView): final releases grouped by
 * X.Y, newest first, each linking to docs.python.org/release/<version>/. X.Y.0 up to 3.2 shows as X.Y.
 */
export function groupDocsVersions(releases: ReleaseSummary[]): DocsSeries[] {
  const groups = new Map<string, DocsVersion[]>();
  const sorted = releases
    .filter((r) => !r.preRelease && r.version && !SKIPPED.has(r.version))
    .sort((a, b) => compareVersions(b.version, a.version));
  for (const r of sorted) {
    const series = seriesOf(r.version);
    if (!series) continue;
    const short = r.version.endsWith(".0") && compareVersions(r.version, "3.2.0") <= 0 ? series : r.version;
    const list = groups.get(series) ?? [];
    list.push({
      label: `Python ${short}`,
      version: r.version,
      releaseDate: r.releaseDate,
      url: `https://docs.python.org/release/${short}/`,
    });
    groups.set(series, list);
  }
  return [...groups].map(([series, versions]) => ({ series, versions }));
}
