import "server-only";
import { db } from "@/lib/platform/db";

const osSelect = { id: true, name: true, slug: true } as const;
export type OsRow = { id: number; name: string; slug: string };

/** OS list in model order (Meta.ordering = name), with DRF's exact filters. */
export async function listOperatingSystems(filter: { name?: string; slug?: string }): Promise<OsRow[]> {
  return db.oS.findMany({ where: filter, select: osSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export async function getOperatingSystem(id: number): Promise<OsRow | null> {
  return db.oS.findUnique({ where: { id }, select: osSelect });
}
