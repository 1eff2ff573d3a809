/** What the sponsors domain registers in the OpenAPI document and the v2 root. */
import type { ApiOperation } from "@/lib/api/spec";
import { sponsorsApiOperations } from "./schema";

export const sponsorsOperations: ApiOperation[] = [...Object.values(sponsorsApiOperations)];

export const sponsorsV2Prefixes = ["sponsors/logo-placement", "sponsors/sponsorship-assets"];

/** SponsorPublisherPermission.message. */
export const PUBLISHER_REFUSAL = "Must have publisher permission.";
