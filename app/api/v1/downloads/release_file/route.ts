import { tastypieList, effectiveLimit } from "@/lib/api/tastypie";
import { json, route, withApi } from "@/lib/api";
import { assertTastypieFilters } from "@/lib/site/api-v1-root";
import { createV1ReleaseFile, deleteV1ReleaseFiles } from "@/lib/downloads/v1/mutations";
import { listV1ReleaseFiles } from "@/lib/downloads/v1/data";
import {
  v1Operations,
  v1WriteOperations,
  v1ReleaseFileListSchema,
  v1ReleaseFileQuerySchema,
} from "@/lib/downloads/v1/schema";
import { v1ReleaseFile } from "@/lib/downloads/v1/utils";

// GET /api/v1/downloads/release_file/ — list files (files of unpublished releases included)
const GET_ = withApi(v1Operations.fileList, async ({ req, query }) => {
  assertTastypieFilters(
    "downloads/release_file",
    new URL(req.url).searchParams,
    Object.keys(v1ReleaseFileQuerySchema.shape),
  );
  const { rows, total } = await listV1ReleaseFiles(query, {
    take: effectiveLimit(query.limit),
    skip: query.offset,
  });
  const url = new URL(req.url);
  return json(
    v1ReleaseFileListSchema,
    tastypieList(url.pathname, url.searchParams, query, total, rows.map(v1ReleaseFile)),
  );
});

// POST /api/v1/downloads/release_file/ — create (staff, ApiKey); 201 with Location and an empty body, as Tastypie
const POST_ = withApi(v1WriteOperations.fileCreate, async ({ body, principal }) => {
  const row = await createV1ReleaseFile(body, principal!.userId);
  return new Response(null, {
    status: 201,
    headers: { location: `/api/v1/downloads/release_file/${row.id}/` },
  });
});

// DELETE /api/v1/downloads/release_file/?release=<id> — every file of exactly one release (staff)
const DELETE_ = withApi(v1WriteOperations.fileDeleteList, async ({ req }) => {
  await deleteV1ReleaseFiles(new URL(req.url).searchParams);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, POST: POST_, DELETE: DELETE_ },
  "tastypie",
);
