import { json, route, withApi } from "@/lib/api";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { getRelease } from "@/lib/downloads/release/data";
import { deleteRelease } from "@/lib/downloads/release/mutations";
import { v1ReleaseOperations, v1ReleaseSchema } from "@/lib/downloads/api/v1/release/schema";
import { toV1Release } from "@/lib/downloads/api/v1/release/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v1/downloads/release/<id>/ — one release; unpublished is 401 for non-staff (OnlyPublishedAuthorization)
const GET_ = withApi(v1ReleaseOperations.get, async ({ params, principal }) => {
  const release = await getRelease(params.id);
  if (!release) throw new AppError("not_found", "Not found.");
  if (!release.isPublished && !isStaffOrSuperuser(principal))
    throw new AppError("unauthorized", "Not published.");
  return json(v1ReleaseSchema, toV1Release(release));
});

// DELETE /api/v1/downloads/release/<id>/ — delete (staff, ApiKey)
const DELETE_ = withApi(v1ReleaseOperations.remove, async ({ params }) => {
  await deleteRelease(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, DELETE: DELETE_ }, "tastypie");
