import "server-only";
import { db } from "@/lib/platform/db";
import { getLatestSummary } from "@/lib/downloads/release/data";
import { fileSelect, summarySelect, toFile, toSummary } from "@/lib/downloads/release/utils";
import type { OsReleases } from "@/lib/downloads/types";
import type { OsFilter } from "./schema";

export const osSelect = { id: true, name: true, slug: true } as const;
export type OsRow = { id: number; name: string; slug: string };
const byName = [{ name: "asc" as const }, { id: "asc" as const }];

/** Operating systems in model order (Meta.ordering = name), with exact filters. */
export async function listOperatingSystems(filter: OsFilter = {}): Promise<OsRow[]> {
  return db.oS.findMany({ where: filter, select: osSelect, orderBy: byName });
}

/** One page of them and the total (Tastypie's limit/offset lists). */
export async function listOperatingSystemsPage(
  filter: OsFilter,
  page: { take: number; skip: number },
): Promise<{ rows: OsRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.oS.findMany({ where: filter, select: osSelect, orderBy: byName, ...page }),
    db.oS.count({ where: filter }),
  ]);
  return { rows, total };
}

export async function getOperatingSystem(id: number): Promise<OsRow | null> {
  return db.oS.findUnique({ where: { id }, select: osSelect });
}

/** views.py DownloadOSList: released and pre-releases that have files for this OS, newest first. */
export async function getOsReleases(slug: string): Promise<OsReleases | null> {
  const os = await db.oS.findUnique({ where: { slug }, select: { name: true, slug: true } });
  if (!os) return null;
  const rows = await db.release.findMany({
    where: { isPublished: true, files: { some: { os: { slug } } } },
    orderBy: { releaseDate: "desc" },
    select: {
      ...summarySelect,
      files: { where: { os: { slug } }, select: fileSelect, orderBy: { name: "asc" } },
    },
  });
  const entries = rows.map((r) => ({ release: toSummary(r), files: r.files.map(toFile) }));
  return {
    os,
    latest: await getLatestSummary(3),
    stable: entries.filter((e) => !e.release.preRelease),
    preReleases: entries.filter((e) => e.release.preRelease),
  };
}
