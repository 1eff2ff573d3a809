import "server-only";
import { db } from "@/lib/platform/db";

import type { CodeSampleHtml } from "./types";

/** Up to five published samples for the homepage slideshow (apps/codesamples). */
export async function listPublishedCodeSamples(limit = 5): Promise<CodeSampleHtml[]> {
  const rows = await db.codeSample.findMany({
    where: { isPublished: true },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, codeRendered: true, copyRendered: true },
  });
  return rows.map((r) => ({ id: r.id, codeHtml: r.codeRendered, copyHtml: r.copyRendered }));
}

/** CodeSampleQuerySet.published() / .draft(): the ids of the samples in either state. */
export async function listCodeSampleIds(state: "published" | "draft"): Promise<number[]> {
  const rows = await db.codeSample.findMany({
    where: { isPublished: state === "published" },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
