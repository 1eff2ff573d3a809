import { json, route, withApi } from "@/lib/api";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { AppError } from "@/lib/platform/errors";
import { getPage } from "@/lib/pages/data";
import { v1PageOperations, v1PageSchema, v1PageWriteOperations } from "@/lib/pages/api/schema";
import { deletePage } from "@/lib/pages/mutations";
import { toV1Page } from "@/lib/pages/api/utils";

// GET /api/v1/pages/page/<id>/ — one page; unpublished is 401 for non-staff (OnlyPublishedAuthorization)
const GET_ = withApi(v1PageOperations.get, async ({ params, principal }) => {
  const page = await getPage(params.id);
  if (!page) throw new AppError("not_found", "Not found.");
  if (!page.isPublished && !isStaffOrSuperuser(principal))
    throw new AppError("unauthorized", "Not published.");
  return json(v1PageSchema, toV1Page(page));
});

// DELETE /api/v1/pages/page/<id>/ — delete (staff, ApiKey)
const DELETE_ = withApi(v1PageWriteOperations.delete, async ({ params }) => {
  await deletePage(params.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, DELETE: DELETE_ }, "tastypie");
