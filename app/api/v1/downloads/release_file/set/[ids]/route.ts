import { json, route, withApi } from "@/lib/api";
import { tastypieSet, tastypieSetResponseSchema } from "@/lib/api/tastypie";
import { v1SetOperations } from "@/lib/site/api-v1-root";
import { getReleaseFile } from "@/lib/downloads/release-file/data";
import { toV1ReleaseFile } from "@/lib/downloads/api/v1/release-file/utils";

// GET /api/v1/downloads/release_file/set/<id;id>/ — several release files
const GET_ = withApi(v1SetOperations["downloads/release_file"]!, async ({ params }) =>
  json(
    tastypieSetResponseSchema,
    await tastypieSet(params.ids, async (id) => {
      const row = await getReleaseFile(id);
      return row ? toV1ReleaseFile(row) : null;
    }),
  ),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
