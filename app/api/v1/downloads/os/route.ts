import { tastypieList, effectiveLimit } from "@/lib/api/tastypie";
import { json, route, withApi } from "@/lib/api";
import { assertTastypieFilters } from "@/lib/site/api-v1-root";
import { listOperatingSystemsPage } from "@/lib/downloads/os/data";
import { createOperatingSystem } from "@/lib/downloads/os/mutations";
import { v1OsListSchema, v1OsOperations, v1OsQuerySchema } from "@/lib/downloads/api/v1/os/schema";
import { toV1Os } from "@/lib/downloads/api/v1/os/utils";

// GET /api/v1/downloads/os/ — list operating systems (Tastypie envelope)
const GET_ = withApi(v1OsOperations.list, async ({ req, query }) => {
  assertTastypieFilters("downloads/os", new URL(req.url).searchParams, Object.keys(v1OsQuerySchema.shape));
  const take = effectiveLimit(query.limit);
  const { rows, total } = await listOperatingSystemsPage(
    { name: query.name, slug: query.slug },
    { take, skip: query.offset },
  );
  const url = new URL(req.url);
  return json(v1OsListSchema, tastypieList(url.pathname, url.searchParams, query, total, rows.map(toV1Os)));
});

// POST /api/v1/downloads/os/ — create (staff, ApiKey); 201 with Location and an empty body, as Tastypie
const POST_ = withApi(v1OsOperations.create, async ({ body, principal }) => {
  const row = await createOperatingSystem(body, principal!.userId);
  return new Response(null, { status: 201, headers: { location: `/api/v1/downloads/os/${row.id}/` } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "tastypie");
