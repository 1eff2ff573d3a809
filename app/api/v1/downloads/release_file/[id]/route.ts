import { json, route, withApi } from "@/lib/api";
import { getReleaseFile } from "@/lib/downloads/release-file/data";
import { deleteReleaseFile } from "@/lib/downloads/release-file/mutations";
import { v1ReleaseFileOperations, v1ReleaseFileSchema } from "@/lib/downloads/api/v1/release-file/schema";
import { toV1ReleaseFile } from "@/lib/downloads/api/v1/release-file/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v1/downloads/release_file/<id>/ — one file
const GET_ = withApi(v1ReleaseFileOperations.get, async ({ params }) => {
  const file = await getReleaseFile(params.id);
  if (!file) throw new AppError("not_found", "Not found.");
  return json(v1ReleaseFileSchema, toV1ReleaseFile(file));
});

// DELETE /api/v1/downloads/release_file/<id>/ — delete (staff, ApiKey)
const DELETE_ = withApi(v1ReleaseFileOperations.remove, async ({ params }) => {
  await deleteReleaseFile(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, DELETE: DELETE_ }, "tastypie");
