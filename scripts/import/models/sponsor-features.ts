/**
 * apps/sponsors, the django-polymorphic models: benefit feature configurations, the features
 * copied from them onto a sponsorship's benefits, and the generic assets sponsors provide. dumpdata
 * writes each object twice, as its base row (`benefitfeatureconfiguration`: the benefit and the
 * subclass's content type) and as its subclass row of the same pk (`logoplacementconfiguration`:
 * its own fields). The base rows are read first and remembered; each subclass row becomes one row
 * of our single table, its kind named after the subclass.
 */
import { MediaCopier } from "../media";
import type { DumpRow, MapContext, Mapping } from "../types";
import { bool, date, fk, int, intOrNull, legacyPk, MapError, oneOf, str, strOrNull } from "./common";

const FOLDED = "the polymorphic base row: folded into its subclass row of the same pk";

/** A base model of django-polymorphic: its fields kept for the subclass rows. */
const polymorphicBase = (model: string): Mapping => ({
  model,
  lookup: (row) => ({ value: JSON.stringify(row.fields), reported: FOLDED }),
});

function baseOf(ctx: MapContext, model: string, row: DumpRow): Record<string, unknown> {
  const found = ctx.lookup(model, row.pk);
  if (!found) throw new MapError(`no ${model} row with pk ${JSON.stringify(row.pk)} in the dump`);
  return JSON.parse(found) as Record<string, unknown>;
}

/** The kinds, by the subclass name without "configuration" (the feature's model name). */
const KINDS = {
  logoplacement: "logo_placement",
  tieredbenefit: "tiered_benefit",
  emailtargetable: "email_targetable",
  requiredimgasset: "required_img_asset",
  requiredtextasset: "required_text_asset",
  requiredresponseasset: "required_response_asset",
  providedtextasset: "provided_text_asset",
  providedfileasset: "provided_file_asset",
} as const;
type Kind = (typeof KINDS)[keyof typeof KINDS];

/** The columns a kind fills, from the subclass row's fields (the same for a configuration and a feature). */
function kindColumns(kind: Kind, f: Record<string, unknown>, ctx: MapContext): Record<string, unknown> {
  if (kind === "logo_placement")
    return {
      publisher: oneOf(f.publisher, ["psf", "pycon", "pypi", "core"], "publisher"),
      logoPlace: oneOf(
        f.logo_place,
        ["sidebar", "sponsors", "jobs", "blogpost", "footer", "docs", "download", "devguide"],
        "logo_place",
      ),
      linkToSponsorsPage: bool(f.link_to_sponsors_page),
      describeAsSponsor: bool(f.describe_as_sponsor),
    };
  if (kind === "tiered_benefit")
    return {
      packageId: fk(ctx, "sponsors.sponsorshippackage", f.package, "package"),
      quantity: int(f.quantity),
      displayLabel: str(f.display_label),
    };
  if (kind === "email_targetable") return {};
  const asset = {
    relatedTo: oneOf(f.related_to, ["sponsor", "sponsorship"], "related_to"),
    internalName: str(f.internal_name),
    label: str(f.label),
    helpText: str(f.help_text),
  };
  if (!asset.internalName) throw new MapError("internal_name is required");
  if (kind === "required_img_asset")
    return {
      ...asset,
      dueDate: date(f.due_date),
      minWidth: int(f.min_width),
      maxWidth: int(f.max_width),
      minHeight: int(f.min_height),
      maxHeight: int(f.max_height),
    };
  if (kind === "required_text_asset") return { ...asset, dueDate: date(f.due_date), maxLength: intOrNull(f.max_length) };
  if (kind === "required_response_asset") return { ...asset, dueDate: date(f.due_date) };
  if (kind === "provided_text_asset") return { ...asset, shared: bool(f.shared), sharedText: strOrNull(f.shared_text) };
  return { ...asset, shared: bool(f.shared), sharedFile: MediaCopier.keyOf(f.shared_file) };
}

const CONFIG_BASE = "sponsors.benefitfeatureconfiguration";
const FEATURE_BASE = "sponsors.benefitfeature";

const configuration = (name: keyof typeof KINDS): Mapping => ({
  model: `sponsors.${name}configuration`,
  table: "benefitFeatureConfiguration",
  dependsOn: [CONFIG_BASE, "sponsors.sponsorshipbenefit", "sponsors.sponsorshippackage"],
  media: KINDS[name] === "provided_file_asset" ? ["sharedFile"] : [],
  adopt: (d) => (d.internalName ? { kind: d.kind, internalName: d.internalName } : null),
  map(row, ctx) {
    const base = baseOf(ctx, CONFIG_BASE, row);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        kind: KINDS[name],
        benefitId: fk(ctx, "sponsors.sponsorshipbenefit", base.benefit, "benefit"),
        ...kindColumns(KINDS[name], row.fields, ctx),
      },
    };
  },
});

const feature = (name: keyof typeof KINDS): Mapping => ({
  model: `sponsors.${name}`,
  table: "benefitFeature",
  dependsOn: [FEATURE_BASE, "sponsors.sponsorbenefit", "sponsors.sponsorshippackage"],
  media: KINDS[name] === "provided_file_asset" ? ["sharedFile"] : [],
  map(row, ctx) {
    const base = baseOf(ctx, FEATURE_BASE, row);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        kind: KINDS[name],
        sponsorBenefitId: fk(ctx, "sponsors.sponsorbenefit", base.sponsor_benefit, "sponsor_benefit"),
        ...kindColumns(KINDS[name], row.fields, ctx),
      },
    };
  },
});

const ASSET_BASE = "sponsors.genericasset";
const ASSETS = {
  imgasset: { type: "img", field: "image" },
  textasset: { type: "text", field: "text" },
  fileasset: { type: "file", field: "file" },
  responseasset: { type: "response", field: "response" },
} as const;

/** A generic asset: owned (content_type, object_id) by a sponsor or a sponsorship. */
const asset = (name: keyof typeof ASSETS): Mapping => {
  const { type, field } = ASSETS[name];
  return {
    model: `sponsors.${name}`,
    table: "genericAsset",
    dependsOn: [ASSET_BASE, "contenttypes.contenttype", "sponsors.sponsor", "sponsors.sponsorship"],
    media: type === "img" || type === "file" ? [field] : [],
    adopt: (d) => ({ uuid: d.uuid }),
    map(row, ctx) {
      const base = baseOf(ctx, ASSET_BASE, row);
      const owner = ctx.lookup("contenttypes.contenttype", base.content_type);
      if (owner !== "sponsors.sponsor" && owner !== "sponsors.sponsorship")
        throw new MapError(`content_type ${JSON.stringify(base.content_type)} is not a sponsor or a sponsorship`);
      const ownerId = fk(ctx, owner, base.object_id, "object_id");
      const value = row.fields[field];
      return {
        data: {
          legacyId: legacyPk(row.pk),
          uuid: str(base.uuid) || undefined,
          type,
          internalName: str(base.internal_name),
          sponsorId: owner === "sponsors.sponsor" ? ownerId : null,
          sponsorshipId: owner === "sponsors.sponsorship" ? ownerId : null,
          [field]: type === "img" || type === "file" ? MediaCopier.keyOf(value) : type === "text" ? str(value) : strOrNull(value),
        },
      };
    },
  };
};

const names = Object.keys(KINDS) as (keyof typeof KINDS)[];

export const sponsorFeaturesMappings: Mapping[] = [
  polymorphicBase(CONFIG_BASE),
  ...names.map(configuration),
  polymorphicBase(FEATURE_BASE),
  ...names.map(feature),
  polymorphicBase(ASSET_BASE),
  ...(Object.keys(ASSETS) as (keyof typeof ASSETS)[]).map(asset),
];

