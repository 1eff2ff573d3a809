/**
 * Shared by the /api/v2/downloads/ resources (apps/downloads/api.py, DRF viewsets): token auth,
 * DRF error bodies and the v2 throttles.
 */
export const v2Common = {
  tags: ["downloads (v2)"],
  errors: "drf",
  auth: ["token"],
  rateLimit: { anon: "api-v2-anon", user: "api-v2-user" },
} as const;
