import "server-only";
import { getLatestInSeries, getLatestPrerelease, getLatestSummary } from "./data";
import type { ReleaseSummary } from "./types";

/**
 * Where /downloads/latest/<which>/ points (apps/downloads/views.py DownloadLatest*): the release
 * page, or /downloads/ when there is none (never a 500, unlike Django's python2/pymanager views).
 * Unknown names give null (404).
 */
export async function resolveLatest(which: string): Promise<string | null> {
  let release: ReleaseSummary | null;
  const series = /^python3\.(\d{1,3})$/.exec(which);
  if (series) release = await getLatestInSeries(`3.${series[1]}`);
  else if (which === "python3") release = await getLatestSummary(3);
  else if (which === "python2") release = await getLatestSummary(2);
  else if (which === "pymanager") release = await getLatestSummary(100);
  else if (which === "prerelease") release = await getLatestPrerelease();
  else return null;
  return release ? `/downloads/release/${release.slug}/` : "/downloads/";
}
