import { json, route, withApi } from "@/lib/api";
import { meResponseSchema, userOperations } from "@/lib/users/api/schema";

// GET /api/me — the signed-in user, from the session cookie
const GET_ = withApi(userOperations.me, async ({ principal }) =>
  json(meResponseSchema, {
    username: principal!.username,
    is_staff: principal!.isStaff,
    is_superuser: principal!.isSuperuser,
    permissions: principal!.permissions,
  }),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ });
