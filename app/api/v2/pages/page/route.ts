import { drfReadOnlyWrites, json, route, withApi } from "@/lib/api";
import { listApiPages } from "@/lib/pages/api/data";
import { pageListResponseSchema, pageOperations } from "@/lib/pages/api/schema";
import { assertKnownPageFilters, toPageResponse } from "@/lib/pages/api/utils";

const isStaff = (p: { isStaff: boolean; isSuperuser: boolean } | null) =>
  Boolean(p && (p.isStaff || p.isSuperuser));

// GET /api/v2/pages/page/ — list pages (read only)
const GET_ = withApi(pageOperations.list, async ({ req, query, principal }) => {
  assertKnownPageFilters(new URL(req.url).searchParams);
  return json(pageListResponseSchema, (await listApiPages(query, isStaff(principal))).map(toPageResponse));
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, ...drfReadOnlyWrites("/api/v2/pages/page/") },
  "drf",
);
