import { json, route, withApi } from "@/lib/api";
import { AppError } from "@/lib/platform/errors";
import { getOperatingSystem } from "@/lib/downloads/os/data";
import { deleteOperatingSystem, updateOperatingSystem } from "@/lib/downloads/os/mutations";
import { osOperations, osResponseSchema } from "@/lib/downloads/api/v2/os/schema";
import { toOsResponse } from "@/lib/downloads/api/v2/os/utils";

// GET /api/v2/downloads/os/<id>/ — one operating system
const GET_ = withApi(osOperations.get, async ({ params }) => {
  const os = await getOperatingSystem(params.id);
  if (!os) throw new AppError("not_found", "Not found.");
  return json(osResponseSchema, toOsResponse(os));
});

// PUT /api/v2/downloads/os/<id>/ — replace (staff)
const PUT_ = withApi(osOperations.replace, async ({ params, body, principal }) =>
  json(osResponseSchema, toOsResponse(await updateOperatingSystem(params.id, body, principal!.userId))),
);

// PATCH /api/v2/downloads/os/<id>/ — partial update (staff)
const PATCH_ = withApi(osOperations.update, async ({ params, body, principal }) =>
  json(osResponseSchema, toOsResponse(await updateOperatingSystem(params.id, body, principal!.userId))),
);

// DELETE /api/v2/downloads/os/<id>/ — delete (staff)
const DELETE_ = withApi(osOperations.remove, async ({ params }) => {
  await deleteOperatingSystem(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, PUT: PUT_, PATCH: PATCH_, DELETE: DELETE_ },
  "drf",
);
