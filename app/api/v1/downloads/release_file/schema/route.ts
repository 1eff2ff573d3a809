import { json, route, withApi } from "@/lib/api";
import { tastypieSchema, tastypieSchemaSchema, v1SchemaOperations } from "@/lib/site/api-v1-root";

// GET /api/v1/downloads/release_file/schema/ — Tastypie's description of the resource
const GET_ = withApi(v1SchemaOperations["downloads/release_file"]!, async () =>
  json(tastypieSchemaSchema, tastypieSchema("downloads/release_file")),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
