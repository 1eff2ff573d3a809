import { drfReadOnlyWrites, json, route, withApi } from "@/lib/api";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { listPages } from "@/lib/pages/data";
import { PAGE_FILTERS, pageListResponseSchema, pageOperations } from "@/lib/pages/api/schema";
import { toPageFilter, toPageResponse } from "@/lib/pages/api/utils";
import { assertKnownFilters } from "@/lib/api/errors";

// GET /api/v2/pages/page/ — list pages (read only)
const GET_ = withApi(pageOperations.list, async ({ req, query, principal }) => {
  assertKnownFilters(new URL(req.url).searchParams, PAGE_FILTERS);
  return json(
    pageListResponseSchema,
    (await listPages(toPageFilter(query), isStaffOrSuperuser(principal))).map(toPageResponse),
  );
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, ...drfReadOnlyWrites("/api/v2/pages/page/") },
  "drf",
);
