/**
 * The yearly configuration's inputs (apps/sponsors/models: SponsorshipProgram, SponsorshipPackage,
 * LegalClause, SponsorshipBenefit and the BenefitFeatureConfiguration kinds), as domain input:
 * camelCase, plain ids. The admin forms pipe their FormData into these.
 */
import { z } from "zod";
import { LOGO_PLACES, MAX_YEAR, MIN_YEAR, PUBLISHERS } from "@/lib/sponsors/constants";

const required = (max: number) =>
  z.string().min(1, "This field is required.").max(max, `Ensure this value has at most ${max} characters.`);
const NUMBER = "Enter a whole number.";
const numberError = {
  error: (i: { input?: unknown }) => (i.input === undefined ? "This field is required." : NUMBER),
};
const count = z
  .number(numberError)
  .int(NUMBER)
  .min(0, "Ensure this value is greater than or equal to 0.");
const year = z
  .number(numberError)
  .int(NUMBER)
  .min(MIN_YEAR, `Ensure this value is greater than or equal to ${MIN_YEAR}.`)
  .max(MAX_YEAR, `Ensure this value is less than or equal to ${MAX_YEAR}.`);

export const programInputSchema = z.object({
  name: required(64),
  description: z.string(),
  order: count,
});
export type ProgramInput = z.infer<typeof programInputSchema>;

export const packageInputSchema = z.object({
  name: required(64),
  slug: required(64).regex(
    /^[-a-zA-Z0-9_]+$/,
    "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.",
  ),
  sponsorshipAmount: count,
  advertise: z.boolean(),
  logoDimension: count,
  year: year.nullable(),
  allowALaCarte: z.boolean(),
  order: count,
});
export type PackageInput = z.infer<typeof packageInputSchema>;

export const clauseInputSchema = z.object({
  internalName: required(1024),
  clause: z.string().min(1, "This field is required."),
  notes: z.string(),
  order: count,
});
export type ClauseInput = z.infer<typeof clauseInputSchema>;

const ids = z.array(z.number().int().positive()).max(500);

/** SponsorshipBenefitAdminForm: a standalone benefit belongs to no package. */
export const benefitInputSchema = z
  .object({
    name: required(1024),
    description: z.string(),
    programId: z.number({ error: "This field is required." }).int().positive(),
    year: year.nullable(),
    packageIds: ids,
    packageOnly: z.boolean(),
    new: z.boolean(),
    unavailable: z.boolean(),
    standalone: z.boolean(),
    internalDescription: z.string(),
    internalValue: count.nullable(),
    capacity: count.nullable(),
    softCapacity: z.boolean(),
    legalClauseIds: ids,
    conflictIds: ids,
    order: count,
  })
  .refine((b) => !(b.standalone && b.packageIds.length), {
    path: [""],
    message: "Standalone benefits must not belong to any package.",
  });
export type BenefitInput = z.infer<typeof benefitInputSchema>;

export const FEATURE_KINDS = [
  "logo_placement",
  "tiered_benefit",
  "email_targetable",
  "required_img_asset",
  "required_text_asset",
  "required_response_asset",
  "provided_text_asset",
  "provided_file_asset",
] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

const asset = {
  relatedTo: z.enum(["sponsor", "sponsorship"], { error: "Select a valid choice." }),
  internalName: required(128),
  label: required(256),
  helpText: z.string().max(256, "Ensure this value has at most 256 characters."),
};
const dueDate = z.date({ error: "Enter a valid date." }).nullable();

/** One configuration of each §5.1 kind; the columns a kind does not use stay null. */
export const featureInputSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("logo_placement"),
    publisher: z.enum(PUBLISHERS, { error: "Select a valid choice." }),
    logoPlace: z.enum(LOGO_PLACES, { error: "Select a valid choice." }),
    linkToSponsorsPage: z.boolean(),
    describeAsSponsor: z.boolean(),
  }),
  z.object({
    kind: z.literal("tiered_benefit"),
    packageId: z.number({ error: "This field is required." }).int().positive(),
    quantity: count,
    displayLabel: z.string().max(32, "Ensure this value has at most 32 characters."),
  }),
  z.object({ kind: z.literal("email_targetable") }),
  z
    .object({
      kind: z.literal("required_img_asset"),
      ...asset,
      dueDate,
      minWidth: count,
      maxWidth: count,
      minHeight: count,
      maxHeight: count,
    })
    // RequiredImgAssetConfigurationForm.clean
    .refine((v) => v.maxWidth >= v.minWidth, {
      path: ["maxWidth"],
      message: "Max width must be greater than min width",
    })
    .refine((v) => v.maxHeight >= v.minHeight, {
      path: ["maxHeight"],
      message: "Max height must be greater than min height",
    }),
  z.object({ kind: z.literal("required_text_asset"), ...asset, dueDate, maxLength: count.nullable() }),
  z.object({ kind: z.literal("required_response_asset"), ...asset, dueDate }),
  z.object({ kind: z.literal("provided_text_asset"), ...asset, shared: z.boolean(), sharedText: z.string() }),
  z.object({ kind: z.literal("provided_file_asset"), ...asset, shared: z.boolean() }),
]);
export type FeatureInput = z.infer<typeof featureInputSchema>;
