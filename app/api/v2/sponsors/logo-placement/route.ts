import { json, route, withApi } from "@/lib/api";
import { recordAudit } from "@/lib/platform/audit";
import { originOf } from "@/lib/platform/http/request-origin";
import { storage } from "@/lib/platform/storage";
import { PUBLISHER_REFUSAL } from "@/lib/sponsors/api/constants";
import { logoPlacementListSchema, sponsorsApiOperations } from "@/lib/sponsors/api/schema";
import { toLogoPlacements } from "@/lib/sponsors/api/utils";
import { canPublishSponsors } from "@/lib/sponsors/permissions";
import { listLogoPlacements } from "@/lib/sponsors/sponsorship/data";

// GET /api/v2/sponsors/logo-placement/ — logo placements of the enabled sponsorships
const GET_ = withApi(sponsorsApiOperations.logoPlacements, async ({ query, principal, req }) => {
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
  const rows = await listLogoPlacements(new Date(), query.year);
  const url = (key: string) => storage().url(key);
  return json(
    logoPlacementListSchema,
    rows.flatMap((r) => toLogoPlacements(r, query, url)),
  );
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ GET: GET_ }, "drf");
