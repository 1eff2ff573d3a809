import { json, route, withApi } from "@/lib/api";
import { deleteOperatingSystem } from "@/lib/downloads/os/mutations";
import { getV1Os } from "@/lib/downloads/v1/data";
import { v1OsSchema, v1Operations, v1WriteOperations } from "@/lib/downloads/v1/schema";
import { v1Os } from "@/lib/downloads/v1/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v1/downloads/os/<id>/ — one operating system
const GET_ = withApi(v1Operations.osGet, async ({ params }) => {
  const os = await getV1Os(params.id);
  if (!os) throw new AppError("not_found", "Not found.");
  return json(v1OsSchema, v1Os(os));
});

// DELETE /api/v1/downloads/os/<id>/ — delete (staff, ApiKey)
const DELETE_ = withApi(v1WriteOperations.osDelete, async ({ params }) => {
  await deleteOperatingSystem(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, DELETE: DELETE_ }, "tastypie");
