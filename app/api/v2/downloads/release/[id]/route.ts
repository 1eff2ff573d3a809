import { json, route, withApi } from "@/lib/api";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { getRelease } from "@/lib/downloads/release/data";
import { deleteRelease, updateRelease } from "@/lib/downloads/release/mutations";
import { releaseOperations, releaseResponseSchema } from "@/lib/downloads/api/v2/release/schema";
import { toReleaseResponse } from "@/lib/downloads/api/v2/release/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v2/downloads/release/<id>/ — one release (unpublished ones are 404 for non-staff)
const GET_ = withApi(releaseOperations.get, async ({ params, principal }) => {
  const release = await getRelease(params.id, isStaffOrSuperuser(principal));
  if (!release) throw new AppError("not_found", "No Release matches the given query.");
  return json(releaseResponseSchema, toReleaseResponse(release));
});

// PUT /api/v2/downloads/release/<id>/ — replace (staff)
const PUT_ = withApi(releaseOperations.replace, async ({ params, body, principal }) =>
  json(releaseResponseSchema, toReleaseResponse(await updateRelease(params.id, body, principal!.userId))),
);

// PATCH /api/v2/downloads/release/<id>/ — partial update (staff)
const PATCH_ = withApi(releaseOperations.update, async ({ params, body, principal }) =>
  json(releaseResponseSchema, toReleaseResponse(await updateRelease(params.id, body, principal!.userId))),
);

// DELETE /api/v2/downloads/release/<id>/ — delete with its files (staff)
const DELETE_ = withApi(releaseOperations.remove, async ({ params }) => {
  await deleteRelease(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, PUT: PUT_, PATCH: PATCH_, DELETE: DELETE_ },
  "drf",
);
