import { cacheLife, cacheTag } from "next/cache";
import { cachedOrDirect } from "@/lib/platform/cache";
import { json, route, withApi } from "@/lib/api";
import { replayOffer } from "@/lib/api/replay";
import { isStaffOrSuperuser } from "@/lib/users/permissions";
import { downloadsTags } from "@/lib/downloads/constants";
import { listReleases } from "@/lib/downloads/release/data";
import { createRelease } from "@/lib/downloads/release/mutations";
import {
  releaseListResponseSchema,
  releaseOperations,
  releaseResponseSchema,
  type ListReleasesQuery,
} from "@/lib/downloads/api/v2/release/schema";
import { toReleaseFilter, toReleaseResponse } from "@/lib/downloads/api/v2/release/utils";

/**
 * The list an anonymous caller gets (published releases) for one parsed filter, as JSON text:
 * the same for every such caller, so kept in the shared cache under the releases tag, which every
 * release, file and OS write expires at once (lib/downloads/*\/mutations.ts), and for at most an
 * hour. Callers with credentials are never served from it (staff see drafts too).
 */
async function publishedReleasesJson(query: ListReleasesQuery): Promise<string> {
  "use cache";
  cacheLife("hours");
  cacheTag(downloadsTags.releases);
  return releasesJson(query);
}

async function releasesJson(query: ListReleasesQuery): Promise<string> {
  const rows = await listReleases(toReleaseFilter(query), false);
  return JSON.stringify(releaseListResponseSchema.parse(rows.map(toReleaseResponse)));
}

// GET /api/v2/downloads/release/ — list releases
const GET_ = withApi(releaseOperations.list, async ({ query, principal }) => {
  if (!principal)
    return new Response(
      await cachedOrDirect(
        () => publishedReleasesJson(query),
        () => releasesJson(query),
      ),
      // The request guard answers the next anonymous calls from this (lib/api/replay.ts).
      { headers: { "content-type": "application/json", ...replayOffer(releaseOperations.list) } },
    );
  const rows = await listReleases(toReleaseFilter(query), isStaffOrSuperuser(principal));
  return json(releaseListResponseSchema, rows.map(toReleaseResponse));
});

// POST /api/v2/downloads/release/ — create one (staff)
const POST_ = withApi(releaseOperations.create, async ({ body, principal }) => {
  const data = toReleaseResponse(await createRelease(body, principal!.userId));
  return json(releaseResponseSchema, data, { status: 201, headers: { location: data.resource_uri } });
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_, POST: POST_ }, "drf");
