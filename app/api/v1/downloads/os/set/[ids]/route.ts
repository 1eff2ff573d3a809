import { json, route, withApi } from "@/lib/api";
import { tastypieSet, tastypieSetResponseSchema } from "@/lib/api/tastypie";
import { v1SetOperations } from "@/lib/site/api-v1-root";
import { getV1Os } from "@/lib/downloads/v1/data";
import { v1Os } from "@/lib/downloads/v1/utils";

// GET /api/v1/downloads/os/set/<id;id>/ — several operating systems
const GET_ = withApi(v1SetOperations["downloads/os"]!, async ({ params }) =>
  json(
    tastypieSetResponseSchema,
    await tastypieSet(params.ids, async (id) => {
      const row = await getV1Os(id);
      return row ? v1Os(row) : null;
    }),
  ),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
