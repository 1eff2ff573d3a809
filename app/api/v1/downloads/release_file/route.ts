import { tastypieList, effectiveLimit } from "@/lib/api-tastypie";
import { json, route, withApi } from "@/lib/api";
import { listV1ReleaseFiles } from "@/lib/downloads/v1/data";
import { v1Operations, v1ReleaseFileListSchema } from "@/lib/downloads/v1/schema";
import { v1ReleaseFile } from "@/lib/downloads/v1/utils";

// GET /api/v1/downloads/release_file/ — list files (files of unpublished releases included)
const GET_ = withApi(v1Operations.fileList, async ({ req, query }) => {
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

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
