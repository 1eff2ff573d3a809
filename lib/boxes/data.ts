import "server-only";
import { db } from "@/lib/platform/db";

/** Rendered HTML of each requested box label that exists (apps/boxes: {% box 'label' %}). */
export async function getBoxesHtml(labels: string[]): Promise<Record<string, string>> {
  const rows = await db.box.findMany({
    where: { label: { in: labels } },
    select: { label: true, contentRendered: true },
  });
  return Object.fromEntries(rows.map((r) => [r.label, r.contentRendered]));
}

/** One box's rendered HTML, or null when there is no box with that label (apps/boxes/views.py box). */
export async function getBoxHtml(label: string): Promise<string | null> {
  const row = await db.box.findUnique({ where: { label }, select: { contentRendered: true } });
  return row?.contentRendered ?? null;
}
