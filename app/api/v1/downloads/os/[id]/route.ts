import { json, route, withApi } from "@/lib/api";
import { getOperatingSystem } from "@/lib/downloads/os/data";
import { deleteOperatingSystem } from "@/lib/downloads/os/mutations";
import { v1OsOperations, v1OsSchema } from "@/lib/downloads/api/v1/os/schema";
import { toV1Os } from "@/lib/downloads/api/v1/os/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v1/downloads/os/<id>/ — one operating system
const GET_ = withApi(v1OsOperations.get, async ({ params }) => {
  const os = await getOperatingSystem(params.id);
  if (!os) throw new AppError("not_found", "Not found.");
  return json(v1OsSchema, toV1Os(os));
});

// DELETE /api/v1/downloads/os/<id>/ — delete (staff, ApiKey)
const DELETE_ = withApi(v1OsOperations.remove, async ({ params }) => {
  await deleteOperatingSystem(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, DELETE: DELETE_ }, "tastypie");
