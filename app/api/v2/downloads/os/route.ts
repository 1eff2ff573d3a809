import { json, route, withApi } from "@/lib/api";
import { listOperatingSystems } from "@/lib/downloads/os/data";
import { createOperatingSystem } from "@/lib/downloads/os/mutations";
import { osListResponseSchema, osOperations, osResponseSchema } from "@/lib/downloads/api/v2/os/schema";
import { toOsFilter, toOsResponse } from "@/lib/downloads/api/v2/os/utils";

// GET /api/v2/downloads/os/ — list operating systems
const GET_ = withApi(osOperations.list, async ({ query }) =>
  json(osListResponseSchema, (await listOperatingSystems(toOsFilter(query))).map(toOsResponse)),
);

// POST /api/v2/downloads/os/ — create one (staff)
const POST_ = withApi(osOperations.create, async ({ body, principal }) => {
  const data = toOsResponse(await createOperatingSystem(body, principal!.userId));
  return json(osResponseSchema, data, { status: 201, headers: { location: data.resource_uri } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "drf");
