/**
 * Site search over every domain's searchable content (a composition root): keeps the engine's
 * documents in line with the database. Domains call emit("search/document.changed") on publish,
 * edit, unpublish and delete; the function calls syncSearchDocument.
 */
import "server-only";
import { AppError } from "@/lib/platform/errors";
import { indexDocuments, rebuildIndex, removeDocuments } from "@/lib/platform/search";
import { searchSources } from "./sources";

/** Brings one object's document in line with the database: upsert it, or remove it when it is gone or hidden. */
export async function syncSearchDocument(type: string, objectId: string): Promise<"indexed" | "removed"> {
  const source = searchSources[type];
  if (!source) throw new AppError("bad_request", `Unknown search document type "${type}".`);
  const doc = await source.get(objectId);
  if (doc) {
    await indexDocuments([doc]);
    return "indexed";
  }
  await removeDocuments([{ type, objectId }]);
  return "removed";
}

/**
 * Rebuilds the whole index from the database, type by type. PostgreSQL replaces each type in
 * one transaction; Meilisearch fills a temporary index and swaps it in. Either way searchers
 * never see a half-built index.
 */
export async function reindexAll(
  opts: { onProgress?: (type: string, done: number, total: number) => void } = {},
): Promise<{ total: number; byType: Record<string, number> }> {
  const byType: Record<string, number> = {};
  const types = Object.keys(searchSources);
  await rebuildIndex(async (write) => {
    for (const [i, type] of types.entries()) {
      const docs = await searchSources[type]!.list();
      await write(type, docs);
      byType[type] = docs.length;
      opts.onProgress?.(type, i + 1, types.length);
    }
  });
  return { total: Object.values(byType).reduce((a, b) => a + b, 0), byType };
}

export const searchTypeLabels: Record<string, string> = Object.fromEntries(
  Object.entries(searchSources).map(([k, v]) => [k, v.label]),
);
