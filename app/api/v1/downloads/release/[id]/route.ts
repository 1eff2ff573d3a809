import { json, route, withApi } from "@/lib/api";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { deleteRelease } from "@/lib/downloads/release/mutations";
import { getV1Release } from "@/lib/downloads/v1/data";
import { v1Operations, v1WriteOperations, v1ReleaseSchema } from "@/lib/downloads/v1/schema";
import { v1Release } from "@/lib/downloads/v1/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v1/downloads/release/<id>/ — one release; unpublished is 401 for non-staff (OnlyPublishedAuthorization)
const GET_ = withApi(v1Operations.releaseGet, async ({ params, principal }) => {
  const release = await getV1Release(params.id);
  if (!release) throw new AppError("not_found", "Not found.");
  if (!release.isPublished && !isStaffOrSuperuser(principal))
    throw new AppError("unauthorized", "Not published.");
  return json(v1ReleaseSchema, v1Release(release));
});

// DELETE /api/v1/downloads/release/<id>/ — delete (staff, ApiKey)
const DELETE_ = withApi(v1WriteOperations.releaseDelete, async ({ params }) => {
  await deleteRelease(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, DELETE: DELETE_ }, "tastypie");
