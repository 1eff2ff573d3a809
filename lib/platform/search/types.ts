/** The search contract both backends (PostgreSQL, Meilisearch) honour. */
export type SearchDocumentInput = {
  type: string;
  objectId: string;
  title: string;
  /** Plain text (no markup). */
  body: string;
  url: string;
  boost?: number;
  date?: Date | null;
};

export type SearchDocumentRef = { type: string; objectId: string };

export type SearchQuery = { q: string; types?: string[]; page: number; perPage: number };

export type SearchHit = {
  type: string;
  objectId: string;
  title: string;
  url: string;
  /** Safe HTML by construction: all text escaped, only <mark> around matched words. */
  snippetHtml: string;
  date: string | null;
  score: number;
};

export type SearchResults = {
  hits: SearchHit[];
  total: number;
  /** Matches per content type for the query, before the type filter. */
  facets: Record<string, number>;
  page: number;
  perPage: number;
  /** True when no exact match existed and the results come from typo tolerance. */
  fuzzy: boolean;
  /** The query actually searched when typo tolerance corrected it ("pyhton" → "python"). */
  correctedQuery: string | null;
};

export type SearchBackend = {
  name: "postgres" | "meilisearch";
  search: (query: SearchQuery) => Promise<SearchResults>;
  upsert: (docs: SearchDocumentInput[]) => Promise<void>;
  remove: (refs: SearchDocumentRef[]) => Promise<void>;
  /**
   * Rebuilds the whole index. `fill` calls `write` once per content type; searchers keep seeing
   * the previous documents of a type until its new set is complete, and types that are not
   * written any more are dropped at the end.
   */
  rebuild: (fill: (write: SearchTypeWriter) => Promise<void>) => Promise<void>;
};

export type SearchTypeWriter = (type: string, docs: SearchDocumentInput[]) => Promise<void>;
