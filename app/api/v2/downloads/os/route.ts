import { json, route, withApi } from "@/lib/api";
import { listOperatingSystems } from "@/lib/downloads/os/data";
import { createOperatingSystem } from "@/lib/downloads/os/mutations";
import { osListResponseSchema, osOperations, osResponseSchema } from "@/lib/downloads/os/schema";
import { toOsResponse } from "@/lib/downloads/os/utils";

// GET /api/v2/downloads/os/ — list operating systems
const GET_ = withApi(osOperations.list, async ({ query }) =>
  json(osListResponseSchema, (await listOperatingSystems(query)).map(toOsResponse)),
);

// POST /api/v2/downloads/os/ — create one (staff)
const POST_ = withApi(osOperations.create, async ({ body, principal }) => {
  const os = await createOperatingSystem(body, principal!.userId);
  const data = toOsResponse(os);
  return json(osResponseSchema, data, { status: 201, headers: { location: data.resource_uri } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "drf");
