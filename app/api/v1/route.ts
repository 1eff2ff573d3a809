import { json, route, withApi } from "@/lib/api";
import { tastypieIndex, tastypieIndexSchema, v1MetaOperations } from "@/lib/site/api-v1-root";

// GET /api/v1/ — Tastypie's index of v1 resources
const GET_ = withApi(v1MetaOperations.index, async () => json(tastypieIndexSchema, tastypieIndex()));

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
