import { json, route, withApi } from "@/lib/api";
import { sessionResponseSchema, userOperations } from "@/lib/users/api/schema";

// GET /api/session — the visitor for the site's own pages: the signed-in user, or null
const GET_ = withApi(userOperations.session, async ({ principal }) =>
  json(sessionResponseSchema, {
    user: principal
      ? {
          username: principal.username,
          is_staff: principal.isStaff,
          is_superuser: principal.isSuperuser,
          permissions: principal.permissions,
        }
      : null,
  }),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ });
