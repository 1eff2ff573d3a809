/**
 * The search engine: one interface, two backends. PostgreSQL full-text search by default;
 * Meilisearch when MEILISEARCH_URL is set. What is indexed is decided above it (lib/site/search).
 * Every write to the index revalidates the `search` tag, which the cached search results and
 * pages carry (lib/site/search/loaders.ts), and purges it at the CDN.
 */
import "server-only";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { env } from "@/lib/platform/env";
import { createMeilisearchBackend } from "./meilisearch";
import { postgresBackend } from "./postgres";
import { searchCacheLife, searchTags } from "./tags";
import type {
  SearchBackend,
  SearchDocumentInput,
  SearchDocumentRef,
  SearchQuery,
  SearchResults,
  SearchTypeWriter,
} from "./types";

let meili: SearchBackend | null = null;

export function getSearchBackend(): SearchBackend {
  if (!env.MEILISEARCH_URL) return postgresBackend;
  return (meili ??= createMeilisearchBackend({ host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY }));
}

export function search(query: SearchQuery): Promise<SearchResults> {
  return getSearchBackend().search(query);
}

export { searchCacheLife, searchTags };

/** After an index write: cached results go stale (served once more while they regenerate). */
const revalidateResults = () => revalidateDomain([searchTags.results]).then(() => undefined);

export async function indexDocuments(docs: SearchDocumentInput[]): Promise<void> {
  await getSearchBackend().upsert(docs);
  await revalidateResults();
}

export async function removeDocuments(refs: SearchDocumentRef[]): Promise<void> {
  await getSearchBackend().remove(refs);
  await revalidateResults();
}

/** Rebuilds the whole index (SearchBackend.rebuild), then revalidates the cached results once. */
export async function rebuildIndex(fill: (write: SearchTypeWriter) => Promise<void>): Promise<void> {
  await getSearchBackend().rebuild(fill);
  await revalidateResults();
}
