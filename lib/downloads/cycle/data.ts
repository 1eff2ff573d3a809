import "server-only";
import { db } from "@/lib/platform/db";
import { fallbackCycle, type CycleRow } from "./utils";

/** The stored release cycle, or the built-in table until the first refresh has run. */
export async function listReleaseCycle(today = new Date()): Promise<CycleRow[]> {
  const rows = await db.releaseCycle.findMany({
    select: { series: true, status: true, firstRelease: true, endOfLife: true, pep: true },
  });
  return rows.length ? rows : fallbackCycle(today);
}
