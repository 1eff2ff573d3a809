import { json, route, withApi } from "@/lib/api";
import { search } from "@/lib/platform/search";
import { searchOperations, searchResponseSchema } from "@/lib/site/search/schema";

// GET /api/search/ — site search as JSON
const GET_ = withApi(searchOperations.search, async ({ query }) => {
  const r = await search({ q: query.q, types: query.type, page: query.page, perPage: query.per_page });
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
