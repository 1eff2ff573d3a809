import { drfReadOnlyWrites, json, route, withApi } from "@/lib/api";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { AppError } from "@/lib/platform/errors";
import { getPage } from "@/lib/pages/data";
import { pageOperations, pageResponseSchema } from "@/lib/pages/api/schema";
import { toPageResponse } from "@/lib/pages/api/utils";

// GET /api/v2/pages/page/<id>/ — one page (unpublished ones are 404 for non-staff)
const GET_ = withApi(pageOperations.get, async ({ params, principal }) => {
  const page = await getPage(params.id, isStaffOrSuperuser(principal));
  if (!page) throw new AppError("not_found", "No Page matches the given query.");
  return json(pageResponseSchema, toPageResponse(page));
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  { GET: GET_, ...drfReadOnlyWrites("/api/v2/pages/page/{id}/") },
  "drf",
);
