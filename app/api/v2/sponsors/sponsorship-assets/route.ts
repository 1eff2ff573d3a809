import { json, route, withApi } from "@/lib/api";
import { recordAudit } from "@/lib/platform/audit";
import { originOf } from "@/lib/platform/http/request-origin";
import { storage } from "@/lib/platform/storage";
import { PUBLISHER_REFUSAL } from "@/lib/sponsors/api/constants";
import { sponsorsApiOperations, sponsorshipAssetListSchema } from "@/lib/sponsors/api/schema";
import { toSponsorshipAsset } from "@/lib/sponsors/api/utils";
import { listAssetsByInternalName } from "@/lib/sponsors/assets/data";
import { canPublishSponsors } from "@/lib/sponsors/permissions";

// GET /api/v2/sponsors/sponsorship-assets/ — sponsor assets by internal name
const GET_ = withApi(sponsorsApiOperations.sponsorshipAssets, async ({ query, principal, req }) => {
  // SponsorPublisherPermission answers with its own message, not DRF's generic one.
  if (!canPublishSponsors(principal)) {
    await recordAudit({
      ...originOf(req.headers),
      action: "authz.denied",
      actorId: principal!.userId,
      detail: { method: "GET", path: new URL(req.url).pathname },
    });
    return Response.json(
      { detail: PUBLISHER_REFUSAL },
      { status: 403, headers: { "cache-control": "no-store" } },
    );
  }
  const url = (key: string) => storage().url(key);
  const items = (await listAssetsByInternalName(query.internal_name))
    .map((a) => toSponsorshipAsset(a, url))
    .filter((a) => a !== null)
    .filter((a) => query.list_empty || a.value !== "");
  return json(sponsorshipAssetListSchema, items);
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "drf");
