import { json, route, withApi } from "@/lib/api";
import { getV1Os } from "@/lib/downloads/v1/data";
import { v1OsSchema, v1Operations } from "@/lib/downloads/v1/schema";
import { v1Os } from "@/lib/downloads/v1/utils";
import { AppError } from "@/lib/errors";

// GET /api/v1/downloads/os/<id>/ — one operating system
const GET_ = withApi(v1Operations.osGet, async ({ params }) => {
  const os = await getV1Os(params.id);
  if (!os) throw new AppError("not_found", "Not found.");
  return json(v1OsSchema, v1Os(os));
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "tastypie");
