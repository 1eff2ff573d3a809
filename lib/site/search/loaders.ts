import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { search, searchCacheLife, searchTags } from "@/lib/platform/search";
import type { SearchResults } from "@/lib/platform/search/types";
import { normalizeSearchText, searchPageQuerySchema } from "./schema";
import { ALL_TYPES, searchHref } from "./utils";
import { searchTypeLabels } from "./index";

export type SearchPageData = {
  q: string;
  types: string[];
  results: SearchResults | null;
  labels: Record<string, string>;
  error: string | null;
};

type Params = Record<string, string | string[] | undefined>;

/**
 * Results are the same for every visitor, so they are cached per query, types, page and page
 * size, under the search tag (revalidated on every index write) for `searchCacheLife`; a cached
 * page showing them takes the same life (lib/platform/search). Bad parameters become a message,
 * never an error page.
 */
async function searchPageData(params: Params): Promise<SearchPageData> {
  "use cache";
  cacheLife(searchCacheLife);
  cacheTag(searchTags.results);
  const parsed = searchPageQuerySchema.safeParse(params);
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
}

/**
 * /search/ read from its query string (rendered per request). Most queries never get here:
 * next.config.mjs rewrites them to the cached route below. A query that differs from its
 * normalized form only by spaces is redirected to it, so such variants share one cached page.
 */
export function loadSearch(params: Params): Promise<SearchPageData> {
  // React's cache() compares arguments by identity: key it by the parameters' text instead.
  const { q, type, page, per_page } = params;
  return loadSearchCached(JSON.stringify({ q, type, page, per_page }));
}

const loadSearchCached = cache(async (key: string): Promise<SearchPageData> => {
  const params = JSON.parse(key) as Params;
  const parsed = searchPageQuerySchema.safeParse(params);
  if (parsed.success && typeof params.q === "string" && parsed.data.q !== params.q)
    redirect(
      searchHref({
        q: parsed.data.q,
        types: parsed.data.type,
        page: parsed.data.page,
        perPage: params.per_page === undefined ? undefined : parsed.data.per_page,
      }),
    );
  return searchPageData(params);
});

/**
 * /search/?q=…[&type=…][&page=N] as rewritten by next.config.mjs to
 * `/search/_q/<q>/<types or _>/<page>/`: a cached page per normalized query. A path whose query is
 * not in normalized form is not one the rewrite makes: 404, so it cannot mint duplicate entries.
 */
export async function loadSearchPage(segments: { q: string; type: string; page: string }) {
  const { type, page } = segments;
  // Next hands the segment over as the URL has it, percent-encoded (the rewrite's query has no `%`).
  const q = decodeSegment(segments.q);
  if (!q || normalizeSearchText(q) !== q) notFound();
  return searchPageData({ q, type: type === ALL_TYPES ? undefined : type, page });
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
