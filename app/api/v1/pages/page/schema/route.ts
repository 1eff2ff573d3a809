import { json, route, withApi } from "@/lib/api";
import { tastypieSchema, tastypieSchemaSchema, v1SchemaOperations } from "@/lib/site/api-v1-root";

// GET /api/v1/pages/page/schema/ — Tastypie's description of the resource
const GET_ = withApi(v1SchemaOperations["pages/page"]!, async () =>
  json(tastypieSchemaSchema, tastypieSchema("pages/page")),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
