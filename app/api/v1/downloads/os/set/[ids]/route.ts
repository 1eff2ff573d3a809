import { json, route, withApi } from "@/lib/api";
import { tastypieSet, tastypieSetResponseSchema } from "@/lib/api/tastypie";
import { v1SetOperations } from "@/lib/site/api-v1-root";
import { getOperatingSystem } from "@/lib/downloads/os/data";
import { toV1Os } from "@/lib/downloads/api/v1/os/utils";

// GET /api/v1/downloads/os/set/<id;id>/ — several operating systems
const GET_ = withApi(v1SetOperations["downloads/os"]!, async ({ params }) =>
  json(
    tastypieSetResponseSchema,
    await tastypieSet(params.ids, async (id) => {
      const row = await getOperatingSystem(id);
      return row ? toV1Os(row) : null;
    }),
  ),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
