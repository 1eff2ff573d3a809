import "server-only";
import {
  findLegacyRedirectRelease,
  getLatestInSeries,
  getLatestPrerelease,
  getLatestSummary,
} from "@/lib/downloads/release/data";
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

const LEGACY_RELEASE = /^\/download\/releases\/(\d+(?:\.\d+){1,2})\/?$/;

/**
 * The old /download/releases/X.Y.Z/ pages (apps/downloads/urls.py): 301 to the release's page by
 * slug when it is published and has no CMS page of its own (that CMS page is served there instead).
 */
export async function resolveLegacyReleasePath(pathname: string): Promise<string | null> {
  const legacy = LEGACY_RELEASE.exec(pathname);
  if (!legacy) return null;
  const release = await findLegacyRedirectRelease(legacy[1]!);
  return release ? `/downloads/release/${release.slug}/` : null;
}
