import { json, route, withApi } from "@/lib/api";
import { getReleaseFile } from "@/lib/downloads/release-file/data";
import { deleteReleaseFile, updateReleaseFile } from "@/lib/downloads/release-file/mutations";
import { releaseFileOperations, releaseFileResponseSchema } from "@/lib/downloads/api/v2/release-file/schema";
import { toReleaseFileResponse } from "@/lib/downloads/api/v2/release-file/utils";
import { AppError } from "@/lib/platform/errors";

// GET /api/v2/downloads/release_file/<id>/ — one file (files of unpublished releases included)
const GET_ = withApi(releaseFileOperations.get, async ({ params }) => {
  const file = await getReleaseFile(params.id);
  if (!file) throw new AppError("not_found", "No ReleaseFile matches the given query.");
  return json(releaseFileResponseSchema, toReleaseFileResponse(file));
});

// PUT /api/v2/downloads/release_file/<id>/ — replace (staff)
const PUT_ = withApi(releaseFileOperations.replace, async ({ params, body, principal }) =>
  json(
    releaseFileResponseSchema,
    toReleaseFileResponse(await updateReleaseFile(params.id, body, principal!.userId)),
  ),
);

// PATCH /api/v2/downloads/release_file/<id>/ — update (staff)
const PATCH_ = withApi(releaseFileOperations.update, async ({ params, body, principal }) =>
  json(
    releaseFileResponseSchema,
    toReleaseFileResponse(await updateReleaseFile(params.id, body, principal!.userId)),
  ),
);

// DELETE /api/v2/downloads/release_file/<id>/ — delete (staff)
const DELETE_ = withApi(releaseFileOperations.remove, async ({ params }) => {
  await deleteReleaseFile(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, PUT: PUT_, PATCH: PATCH_, DELETE: DELETE_ },
  "drf",
);
