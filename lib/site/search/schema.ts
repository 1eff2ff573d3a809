import { z } from "zod";
import { type ApiOperation, defineOperation } from "@/lib/api/spec";

const typeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : v.split(",")).map((t) => t.trim()).filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z-]{1,30}$/, "Unknown content type.")).max(10));

export const searchQuerySchema = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").default(""),
  type: typeList,
  page: z.coerce.number().int().min(1).max(50, "Results stop at page 50.").default(1),
  per_page: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchParams = z.output<typeof searchQuerySchema>;

/** The words of a query as the /search/ page searches and caches them: trimmed, runs of spaces made one. */
export const normalizeSearchText = (q: string) => q.trim().replace(/\s+/g, " ");

/** /search/'s parameters: the API's, with the query text normalized so trivial variants share a cache entry. */
export const searchPageQuerySchema = searchQuerySchema.extend({
  q: searchQuerySchema.shape.q.transform(normalizeSearchText),
});

export const searchResponseSchema = z
  .object({
    query: z.string(),
    total: z.number().int(),
    page: z.number().int(),
    per_page: z.number().int(),
    fuzzy: z.boolean(),
    facets: z.record(z.string(), z.number().int()),
    results: z.array(
      z.object({
        type: z.string(),
        title: z.string(),
        url: z.string(),
        snippet_html: z.string().describe("Escaped text; only <mark> elements around matched words"),
        date: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "SearchResults" });

export const searchOperations = {
  search: defineOperation({
    method: "GET",
    path: "/api/search/",
    summary: "Search published pages, releases, news, events, jobs and success stories",
    tags: ["search"],
    query: searchQuerySchema.extend({
      q: z.string().trim().min(1, "Enter something to search for.").max(200),
    }),
    responses: {
      200: { description: "Ranked results with snippets and counts per type", schema: searchResponseSchema },
    },
  }),
};

/** The search API in the OpenAPI document (lib/site/openapi.ts, one array per domain). */
export const searchApiOperations: ApiOperation[] = Object.values(searchOperations);
