import { json, route, withApi } from "@/lib/api";
import { deleteReleaseFile } from "@/lib/downloads/release-file/mutations";
import { getV1ReleaseFile } from "@/lib/downloads/v1/data";
import { v1Operations, v1WriteOperations, v1ReleaseFileSchema } from "@/lib/downloads/v1/schema";
import { v1ReleaseFile } from "@/lib/downloads/v1/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v1/downloads/release_file/<id>/ — one file
const GET_ = withApi(v1Operations.fileGet, async ({ params }) => {
  const file = await getV1ReleaseFile(params.id);
  if (!file) throw new AppError("not_found", "Not found.");
  return json(v1ReleaseFileSchema, v1ReleaseFile(file));
});

// DELETE /api/v1/downloads/release_file/<id>/ — delete (staff, ApiKey)
const DELETE_ = withApi(v1WriteOperations.fileDelete, async ({ params }) => {
  await deleteReleaseFile(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, DELETE: DELETE_ }, "tastypie");
