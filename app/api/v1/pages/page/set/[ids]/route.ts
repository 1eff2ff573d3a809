import { json, route, withApi } from "@/lib/api";
import { tastypieSet, tastypieSetResponseSchema } from "@/lib/api/tastypie";
import { v1SetOperations } from "@/lib/site/api-v1-root";
import { AppError } from "@/lib/platform/errors";
import { getPage } from "@/lib/pages/data";
import { toV1Page } from "@/lib/pages/api/utils";
import { isStaffOrSuperuser } from "@/lib/users/permissions";

// GET /api/v1/pages/page/set/<id;id>/ — several pages; an unpublished one is 401 for non-staff
const GET_ = withApi(v1SetOperations["pages/page"]!, async ({ params, principal }) =>
  json(
    tastypieSetResponseSchema,
    await tastypieSet(params.ids, async (id) => {
      const row = await getPage(id);
      if (row && !row.isPublished && !isStaffOrSuperuser(principal))
        throw new AppError("unauthorized", "Not published.");
      return row ? toV1Page(row) : null;
    }),
  ),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
