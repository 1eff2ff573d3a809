import { cacheLife, cacheTag } from "next/cache";
import { json, route, withApi } from "@/lib/api";
import { cachedOrDirect } from "@/lib/platform/cache";
import { search, searchCacheLife, searchTags } from "@/lib/platform/search";
import type { SearchQuery, SearchResults } from "@/lib/platform/search/types";
import { searchOperations, searchResponseSchema } from "@/lib/site/search/schema";

// Results do not depend on the caller (the operation takes no credentials): cached per query
// under the search tag, which every index write revalidates, as on the /search/ page.
async function cachedSearch(query: SearchQuery): Promise<SearchResults> {
  "use cache";
  cacheLife(searchCacheLife);
  cacheTag(searchTags.results);
  return search(query);
}

// GET /api/search/ — site search as JSON
const GET_ = withApi(searchOperations.search, async ({ query }) => {
  const q = { q: query.q, types: query.type, page: query.page, perPage: query.per_page };
  const r = await cachedOrDirect(
    () => cachedSearch(q),
    () => search(q),
  );
  return json(searchResponseSchema, {
    query: query.q,
    total: r.total,
    page: r.page,
    per_page: r.perPage,
    fuzzy: r.fuzzy,
    facets: r.facets,
    results: r.hits.map((h) => ({
      type: h.type,
      title: h.title,
      url: h.url,
      snippet_html: h.snippetHtml,
      date: h.date,
    })),
  });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ });
