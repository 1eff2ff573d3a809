import { tastypieList, effectiveLimit } from "@/lib/api/tastypie";
import { json, route, withApi } from "@/lib/api";
import { assertTastypieFilters } from "@/lib/site/api-v1-root";
import { createV1Os } from "@/lib/downloads/v1/mutations";
import { listV1Os } from "@/lib/downloads/v1/data";
import { v1OsListSchema, v1Operations, v1WriteOperations, v1OsQuerySchema } from "@/lib/downloads/v1/schema";
import { v1Os } from "@/lib/downloads/v1/utils";

// GET /api/v1/downloads/os/ — list operating systems (Tastypie envelope)
const GET_ = withApi(v1Operations.osList, async ({ req, query }) => {
  assertTastypieFilters("downloads/os", new URL(req.url).searchParams, Object.keys(v1OsQuerySchema.shape));
  const take = effectiveLimit(query.limit);
  const { rows, total } = await listV1Os(
    { name: query.name, slug: query.slug },
    { take, skip: query.offset },
  );
  const url = new URL(req.url);
  return json(v1OsListSchema, tastypieList(url.pathname, url.searchParams, query, total, rows.map(v1Os)));
});

// POST /api/v1/downloads/os/ — create (staff, ApiKey); 201 with Location and an empty body, as Tastypie
const POST_ = withApi(v1WriteOperations.osCreate, async ({ body, principal }) => {
  const row = await createV1Os(body, principal!.userId);
  return new Response(null, { status: 201, headers: { location: `/api/v1/downloads/os/${row.id}/` } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "tastypie");
