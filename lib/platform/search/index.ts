/**
 * The search engine: one interface, two backends. PostgreSQL full-text search by default;
 * Meilisearch when MEILISEARCH_URL is set. What is indexed is decided above it (lib/site/search).
 */
import "server-only";
import { env } from "@/lib/platform/env";
import { createMeilisearchBackend } from "./meilisearch";
import { postgresBackend } from "./postgres";
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

