import { json, route, withApi } from "@/lib/api";
import { listReleaseFiles } from "@/lib/downloads/release-file/data";
import { createReleaseFile } from "@/lib/downloads/release-file/mutations";
import {
  RELEASE_FILE_FILTERS,
  releaseFileListResponseSchema,
  releaseFileOperations,
  releaseFileResponseSchema,
} from "@/lib/downloads/api/v2/release-file/schema";
import { toReleaseFileFilter, toReleaseFileResponse } from "@/lib/downloads/api/v2/release-file/utils";
import { assertKnownFilters } from "@/lib/api/errors";

// GET /api/v2/downloads/release_file/ — list files (strict filters)
const GET_ = withApi(releaseFileOperations.list, async ({ req, query }) => {
  assertKnownFilters(new URL(req.url).searchParams, RELEASE_FILE_FILTERS);
  return json(
    releaseFileListResponseSchema,
    (await listReleaseFiles(toReleaseFileFilter(query))).map(toReleaseFileResponse),
  );
});

// POST /api/v2/downloads/release_file/ — add a file to a release (staff)
const POST_ = withApi(releaseFileOperations.create, async ({ body, principal }) => {
  const data = toReleaseFileResponse(await createReleaseFile(body, principal!.userId));
  return json(releaseFileResponseSchema, data, { status: 201, headers: { location: data.resource_uri } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "drf");
