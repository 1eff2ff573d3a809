import { tastypieList, effectiveLimit } from "@/lib/api/tastypie";
import { json, route, withApi } from "@/lib/api";
import { assertTastypieFilters } from "@/lib/site/api-v1-root";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { createV1Release } from "@/lib/downloads/v1/mutations";
import { listV1Releases } from "@/lib/downloads/v1/data";
import {
  v1Operations,
  v1WriteOperations,
  v1ReleaseListSchema,
  v1ReleaseQuerySchema,
} from "@/lib/downloads/v1/schema";
import { v1Release } from "@/lib/downloads/v1/utils";

// GET /api/v1/downloads/release/ — list releases (published only, unless staff)
const GET_ = withApi(v1Operations.releaseList, async ({ req, query, principal }) => {
  assertTastypieFilters(
    "downloads/release",
    new URL(req.url).searchParams,
    Object.keys(v1ReleaseQuerySchema.shape),
  );
  const { rows, total } = await listV1Releases(query, isStaffOrSuperuser(principal), {
    take: effectiveLimit(query.limit),
    skip: query.offset,
  });
  const url = new URL(req.url);
  return json(
    v1ReleaseListSchema,
    tastypieList(url.pathname, url.searchParams, query, total, rows.map(v1Release)),
  );
});

// POST /api/v1/downloads/release/ — create (staff, ApiKey); 201 with Location and an empty body, as Tastypie
const POST_ = withApi(v1WriteOperations.releaseCreate, async ({ body, principal }) => {
  const row = await createV1Release(body, principal!.userId);
  return new Response(null, { status: 201, headers: { location: `/api/v1/downloads/release/${row.id}/` } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "tastypie");
