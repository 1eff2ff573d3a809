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
