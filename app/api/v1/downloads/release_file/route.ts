import { tastypieList, effectiveLimit } from "@/lib/api/tastypie";
import { json, route, withApi } from "@/lib/api";
import { assertTastypieFilters } from "@/lib/site/api-v1-root";
import { listReleaseFilesPage } from "@/lib/downloads/release-file/data";
import { createReleaseFile, deleteReleaseFilesOf } from "@/lib/downloads/release-file/mutations";
import {
  v1ReleaseFileListSchema,
  v1ReleaseFileOperations,
  v1ReleaseFileQuerySchema,
} from "@/lib/downloads/api/v1/release-file/schema";
import {
  releaseIdToDeleteFilesOf,
  toV1ReleaseFile,
  toV1ReleaseFileFilter,
} from "@/lib/downloads/api/v1/release-file/utils";

// GET /api/v1/downloads/release_file/ — list files (files of unpublished releases included)
const GET_ = withApi(v1ReleaseFileOperations.list, async ({ req, query }) => {
  assertTastypieFilters(
    "downloads/release_file",
    new URL(req.url).searchParams,
    Object.keys(v1ReleaseFileQuerySchema.shape),
  );
  const { rows, total } = await listReleaseFilesPage(toV1ReleaseFileFilter(query), {
    take: effectiveLimit(query.limit),
    skip: query.offset,
  });
  const url = new URL(req.url);
  return json(
    v1ReleaseFileListSchema,
    tastypieList(url.pathname, url.searchParams, query, total, rows.map(toV1ReleaseFile)),
  );
});

// POST /api/v1/downloads/release_file/ — create (staff, ApiKey); 201 with Location and an empty body, as Tastypie
const POST_ = withApi(v1ReleaseFileOperations.create, async ({ body, principal }) => {
  const row = await createReleaseFile(body, principal!.userId);
  return new Response(null, {
    status: 201,
    headers: { location: `/api/v1/downloads/release_file/${row.id}/` },
  });
});

// DELETE /api/v1/downloads/release_file/?release=<id> — every file of exactly one release (staff)
const DELETE_ = withApi(v1ReleaseFileOperations.removeAll, async ({ req }) => {
  await deleteReleaseFilesOf(releaseIdToDeleteFilesOf(new URL(req.url).searchParams));
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, POST: POST_, DELETE: DELETE_ },
  "tastypie",
);
