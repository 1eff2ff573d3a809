/**
 * /api/v2/sponsors/logo-placement/ and /api/v2/sponsors/sponsorship-assets/ (apps/sponsors/api.py,
 * serializers.py): DRF APIViews behind SponsorPublisherPermission, filters validated by DRF
 * serializers (a bad choice or a missing internal_name is a 400 with DRF's words).
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";
import { LOGO_PLACES, PUBLISHERS } from "@/lib/sponsors/constants";

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => `"${String(iss.input)}" is not a valid choice.` }).optional();

// DRF BooleanField's accepted spellings.
const TRUE = ["true", "True", "TRUE", "1", "yes", "Yes", "YES", "on", "On", "ON", "t", "T", "y", "Y"];
const FALSE = ["false", "False", "FALSE", "0", "no", "No", "NO", "off", "Off", "OFF", "f", "F", "n", "N"];

export const logoPlacementQuerySchema = z.object({
  publisher: choice(PUBLISHERS),
  flight: choice(LOGO_PLACES),
  year: z
    .string()
    .regex(/^\s*[-+]?\d+\s*$/, "A valid integer is required.")
    .transform((v) => Number(v))
    .optional(),
});

export const sponsorshipAssetsQuerySchema = z.object({
  internal_name: z
    .string({ error: "This field is required." })
    .trim()
    .min(1, "This field may not be blank.")
    .max(128, "Ensure this field has no more than 128 characters."),
  list_empty: z
    .string()
    .refine((v) => TRUE.includes(v) || FALSE.includes(v), "Must be a valid boolean.")
    .transform((v) => TRUE.includes(v))
    .optional(),
});

const contactSchema = z.object({
  name: z.string(),
  email: z.string(),
  primary: z.boolean(),
  administrative: z.boolean(),
  accounting: z.boolean(),
  manager: z.boolean(),
});

/** LogoPlacementSerializer, field for field in its order (§3.3). */
export const logoPlacementSchema = z
  .object({
    publisher: z.string(),
    flight: z.string(),
    sponsor: z.string(),
    sponsor_id: z.string(),
    sponsor_slug: z.string(),
    description: z.string(),
    logo: z.string(),
    white_logo: z.string().nullable(),
    start_date: z.string(),
    end_date: z.string(),
    sponsor_url: z.string(),
    level_name: z.string(),
    level_order: z.number().int(),
    contacts: z.array(contactSchema),
  })
  .meta({ id: "SponsorLogoPlacement" });
export const logoPlacementListSchema = z.array(logoPlacementSchema);

/** AssetSerializer (§3.3). */
export const sponsorshipAssetSchema = z
  .object({
    internal_name: z.string(),
    uuid: z.string(),
    value: z.string(),
    content_type: z.enum(["Sponsorship", "Sponsor"]),
    sponsor: z.string(),
    sponsor_slug: z.string(),
  })
  .meta({ id: "SponsorshipAsset" });
export const sponsorshipAssetListSchema = z.array(sponsorshipAssetSchema);

const common = {
  tags: ["sponsors (v2)"],
  errors: "drf",
  auth: ["token"],
  role: "signed-in",
  rateLimit: { anon: "api-v2-anon", user: "api-v2-user" },
} as const;

export const sponsorsApiOperations = {
  logoPlacements: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v2/sponsors/logo-placement/",
    summary: "Logo placements of the running sponsorships (sponsor publishers, staff)",
    query: logoPlacementQuerySchema,
    responses: {
      200: {
        description: "One item per logo placement of each enabled sponsorship",
        schema: logoPlacementListSchema,
      },
    },
  }),
  sponsorshipAssets: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v2/sponsors/sponsorship-assets/",
    summary: "Sponsor-provided assets by internal name (sponsor publishers, staff)",
    query: sponsorshipAssetsQuerySchema,
    responses: {
      200: { description: "Assets with a value (all with list_empty)", schema: sponsorshipAssetListSchema },
    },
  }),
};
