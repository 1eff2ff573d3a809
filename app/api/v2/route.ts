import { json, route, withApi } from "@/lib/api";
import { apiV2Root, apiV2RootOperation, apiV2RootSchema } from "@/lib/site/api-v2-root";

// GET /api/v2/ — DRF's router root: the resources and their list URLs
const GET_ = withApi(apiV2RootOperation, async () => json(apiV2RootSchema, apiV2Root()));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "drf");
