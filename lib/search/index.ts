/**
 * Site search: one interface, two backends. PostgreSQL full-text search by default; Meilisearch
 * when MEILISEARCH_URL is set. Domains call emit("search/document.changed") on publish, edit,
 * unpublish and delete; the function calls syncSearchDocument.
 */
import "server-only";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { createMeilisearchBackend } from "./meilisearch";
import { postgresBackend } from "./postgres";
import { searchSources } from "./sources";
import type {
  SearchBackend,
  SearchDocumentInput,
  SearchDocumentRef,
  SearchQuery,
  SearchResults,
} from "./types";

let meili: SearchBackend | null = null;

export function getSearchBackend(): SearchBackend {
  if (!env.MEILISEARCH_URL) return postgresBackend;
  return (meili ??= createMeilisearchBackend({ host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY }));
}

export function search(query: SearchQuery): Promise<SearchResults> {
  return getSearchBackend().search(query);
}

export function indexDocuments(docs: SearchDocumentInput[]): Promise<void> {
  return getSearchBackend().upsert(docs);
}

export function removeDocuments(refs: SearchDocumentRef[]): Promise<void> {
  return getSearchBackend().remove(refs);
}

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
  await getSearchBackend().rebuild(async (write) => {
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
