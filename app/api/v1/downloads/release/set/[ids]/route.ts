import { json, route, withApi } from "@/lib/api";
import { tastypieSet, tastypieSetResponseSchema } from "@/lib/api/tastypie";
import { v1SetOperations } from "@/lib/site/api-v1-root";
import { getRelease } from "@/lib/downloads/release/data";
import { toV1Release } from "@/lib/downloads/api/v1/release/utils";
import { AppError } from "@/lib/platform/errors";
import { isStaffOrSuperuser } from "@/lib/users/permissions";

// GET /api/v1/downloads/release/set/<id;id>/ — several releases; a draft among them is 401 for non-staff
const GET_ = withApi(v1SetOperations["downloads/release"]!, async ({ params, principal }) =>
  json(
    tastypieSetResponseSchema,
    await tastypieSet(params.ids, async (id) => {
      const row = await getRelease(id);
      if (row && !row.isPublished && !isStaffOrSuperuser(principal))
        throw new AppError("unauthorized", "Not published.");
      return row ? toV1Release(row) : null;
    }),
  ),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
