import { json, route, withApi } from "@/lib/api";
import { assertTastypieFilters } from "@/lib/site/api-v1-root";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { effectiveLimit, tastypieList } from "@/lib/api/tastypie";
import { listPagesPage } from "@/lib/pages/data";
import {
  v1PageListSchema,
  v1PageOperations,
  v1PageWriteOperations,
  v1PagesQuerySchema,
} from "@/lib/pages/api/schema";
import { createPage } from "@/lib/pages/mutations";
import { toPageFilter, toV1Page } from "@/lib/pages/api/utils";

// GET /api/v1/pages/page/ — list pages (published only, unless staff)
const GET_ = withApi(v1PageOperations.list, async ({ req, query, principal }) => {
  assertTastypieFilters("pages/page", new URL(req.url).searchParams, Object.keys(v1PagesQuerySchema.shape));
  const staff = isStaffOrSuperuser(principal);
  const { rows, total } = await listPagesPage(toPageFilter(query), staff, {
    take: effectiveLimit(query.limit),
    skip: query.offset,
  });
  const url = new URL(req.url);
  return json(
    v1PageListSchema,
    tastypieList(url.pathname, url.searchParams, query, total, rows.map(toV1Page)),
  );
});

// POST /api/v1/pages/page/ — create (staff, ApiKey); 201 with Location and an empty body, as Tastypie
const POST_ = withApi(v1PageWriteOperations.create, async ({ body, principal }) => {
  const row = await createPage(body, principal!.userId);
  return new Response(null, { status: 201, headers: { location: `/api/v1/pages/page/${row.id}/` } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "tastypie");
