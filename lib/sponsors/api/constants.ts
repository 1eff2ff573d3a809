/** What the sponsors domain registers in the OpenAPI document and the v2 root. */
import type { ApiOperation } from "@/lib/api/spec";
import { sponsorsApiOperations } from "./schema";

export const sponsorsOperations: ApiOperation[] = [...Object.values(sponsorsApiOperations)];

// No v2 router prefixes: python.org mounts these two APIViews beside the DRF router
// (pydotorg/urls_api.py), so /api/v2/ does not list them (tests/e2e/api-parity.spec.ts).

/** SponsorPublisherPermission.message. */
export const PUBLISHER_REFUSAL = "Must have publisher permission.";
