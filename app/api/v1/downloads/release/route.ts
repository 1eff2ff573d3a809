import { tastypieList, effectiveLimit } from "@/lib/api/tastypie";
import { json, route, withApi } from "@/lib/api";
import { assertTastypieFilters } from "@/lib/site/api-v1-root";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { listReleasesPage } from "@/lib/downloads/release/data";
import { createRelease } from "@/lib/downloads/release/mutations";
import {
  v1ReleaseListSchema,
  v1ReleaseOperations,
  v1ReleaseQuerySchema,
} from "@/lib/downloads/api/v1/release/schema";
import { toV1Release, toV1ReleaseFilter } from "@/lib/downloads/api/v1/release/utils";

// GET /api/v1/downloads/release/ — list releases (published only, unless staff)
const GET_ = withApi(v1ReleaseOperations.list, async ({ req, query, principal }) => {
  assertTastypieFilters(
    "downloads/release",
    new URL(req.url).searchParams,
    Object.keys(v1ReleaseQuerySchema.shape),
  );
  const { rows, total } = await listReleasesPage(toV1ReleaseFilter(query), isStaffOrSuperuser(principal), {
    take: effectiveLimit(query.limit),
    skip: query.offset,
  });
  const url = new URL(req.url);
  return json(
    v1ReleaseListSchema,
    tastypieList(url.pathname, url.searchParams, query, total, rows.map(toV1Release)),
  );
});

// POST /api/v1/downloads/release/ — create (staff, ApiKey); 201 with Location and an empty body, as Tastypie
const POST_ = withApi(v1ReleaseOperations.create, async ({ body, principal }) => {
  const row = await createRelease(body, principal!.userId);
  return new Response(null, { status: 201, headers: { location: `/api/v1/downloads/release/${row.id}/` } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "tastypie");
