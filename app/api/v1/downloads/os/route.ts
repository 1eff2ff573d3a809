import { tastypieList, effectiveLimit } from "@/lib/api-tastypie";
import { json, route, withApi } from "@/lib/api";
import { listV1Os } from "@/lib/downloads/v1/data";
import { v1OsListSchema, v1Operations } from "@/lib/downloads/v1/schema";
import { v1Os } from "@/lib/downloads/v1/utils";

// GET /api/v1/downloads/os/ — list operating systems (Tastypie envelope)
const GET_ = withApi(v1Operations.osList, async ({ req, query }) => {
  const take = effectiveLimit(query.limit);
  const { rows, total } = await listV1Os(
    { name: query.name, slug: query.slug },
    { take, skip: query.offset },
  );
  const url = new URL(req.url);
  return json(v1OsListSchema, tastypieList(url.pathname, url.searchParams, query, total, rows.map(v1Os)));
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
