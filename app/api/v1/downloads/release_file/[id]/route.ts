import { json, route, withApi } from "@/lib/api";
import { getV1ReleaseFile } from "@/lib/downloads/v1/data";
import { v1Operations, v1ReleaseFileSchema } from "@/lib/downloads/v1/schema";
import { v1ReleaseFile } from "@/lib/downloads/v1/utils";
import { AppError } from "@/lib/errors";

// GET /api/v1/downloads/release_file/<id>/ — one file
const GET_ = withApi(v1Operations.fileGet, async ({ params }) => {
  const file = await getV1ReleaseFile(params.id);
  if (!file) throw new AppError("not_found", "Not found.");
  return json(v1ReleaseFileSchema, v1ReleaseFile(file));
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
