import { json, route, withApi } from "@/lib/api";
import { tastypieSchema, tastypieSchemaSchema, v1SchemaOperations } from "@/lib/site/api-v1-root";

// GET /api/v1/downloads/os/schema/ — Tastypie's description of the resource
const GET_ = withApi(v1SchemaOperations["downloads/os"]!, async () =>
  json(tastypieSchemaSchema, tastypieSchema("downloads/os")),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
