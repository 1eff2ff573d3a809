import { json, route, withApi } from "@/lib/api";
import { tastypieSchema, tastypieSchemaSchema, v1SchemaOperations } from "@/lib/site/api-v1-root";

// GET /api/v1/downloads/release/schema/ — Tastypie's description of the resource
const GET_ = withApi(v1SchemaOperations["downloads/release"]!, async () =>
  json(tastypieSchemaSchema, tastypieSchema("downloads/release")),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
