import { json, route, withApi } from "@/lib/api";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { listReleases } from "@/lib/downloads/release/data";
import { createRelease } from "@/lib/downloads/release/mutations";
import {
  releaseListResponseSchema,
  releaseOperations,
  releaseResponseSchema,
} from "@/lib/downloads/api/v2/release/schema";
import { toReleaseFilter, toReleaseResponse } from "@/lib/downloads/api/v2/release/utils";

// GET /api/v2/downloads/release/ — list releases
const GET_ = withApi(releaseOperations.list, async ({ query, principal }) =>
  json(
    releaseListResponseSchema,
    (await listReleases(toReleaseFilter(query), isStaffOrSuperuser(principal))).map(toReleaseResponse),
  ),
);

// POST /api/v2/downloads/release/ — create one (staff)
const POST_ = withApi(releaseOperations.create, async ({ body, principal }) => {
  const data = toReleaseResponse(await createRelease(body, principal!.userId));
  return json(releaseResponseSchema, data, { status: 201, headers: { location: data.resource_uri } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "drf");
