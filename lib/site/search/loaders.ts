import "server-only";
import { cache } from "react";
import { search } from "@/lib/platform/search";
import type { SearchResults } from "@/lib/platform/search/types";
import { searchQuerySchema } from "./schema";
import { searchTypeLabels } from "./index";

export type SearchPageData = {
  q: string;
  types: string[];
  results: SearchResults | null;
  labels: Record<string, string>;
  error: string | null;
};

type Params = Record<string, string | string[] | undefined>;

/** The /search/ page: bad parameters become a message, never an error page. */
export function loadSearch(params: Params): Promise<SearchPageData> {
  // React's cache() compares arguments by identity: key it by the parameters' text instead.
  const { q, type, page, per_page } = params;
  return loadSearchCached(JSON.stringify({ q, type, page, per_page }));
}

const loadSearchCached = cache(async (key: string): Promise<SearchPageData> => {
  const params = JSON.parse(key) as Params;
  const parsed = searchQuerySchema.safeParse(params);
  if (!parsed.success) {
    const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
    return {
      q,
      types: [],
      results: null,
      labels: searchTypeLabels,
      error: parsed.error.issues[0]?.message ?? "Invalid search.",
    };
  }
  const { q, type, page, per_page } = parsed.data;
  if (!q) return { q, types: type, results: null, labels: searchTypeLabels, error: null };
  const results = await search({ q, types: type, page, perPage: per_page });
  return { q, types: type, results, labels: searchTypeLabels, error: null };
});
