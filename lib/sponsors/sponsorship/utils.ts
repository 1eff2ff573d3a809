/**
 * How a feature configuration becomes a sponsor benefit's feature (BenefitFeatureConfiguration
 * .get_benefit_feature_kwargs) and which asset it needs (AssetConfigurationMixin.ASSET_CLASS).
 */
import type { AssetType, BenefitFeatureKind } from "@/lib/generated/prisma/client";

export type FeatureConfigRow = {
  kind: BenefitFeatureKind;
  publisher: "psf" | "pycon" | "pypi" | "core" | null;
  logoPlace:
    "sidebar" | "sponsors" | "jobs" | "blogpost" | "footer" | "docs" | "download" | "devguide" | null;
  linkToSponsorsPage: boolean;
  describeAsSponsor: boolean;
  packageId: number | null;
  quantity: number | null;
  displayLabel: string | null;
  relatedTo: "sponsor" | "sponsorship" | null;
  internalName: string | null;
  label: string | null;
  helpText: string | null;
  dueDate: Date | null;
  minWidth: number | null;
  maxWidth: number | null;
  minHeight: number | null;
  maxHeight: number | null;
  maxLength: number | null;
  shared: boolean;
  sharedText: string | null;
  sharedFile: string | null;
};

export const ASSET_TYPE: Partial<Record<BenefitFeatureKind, AssetType>> = {
  required_img_asset: "img",
  required_text_asset: "text",
  required_response_asset: "response",
  provided_text_asset: "text",
  provided_file_asset: "file",
};

/** The feature's columns, or null when none is made (a tier for another package). */
export function featureData(cfg: FeatureConfigRow, sponsorshipPackageId: number | null) {
  if (cfg.kind === "tiered_benefit" && cfg.packageId !== sponsorshipPackageId) return null;
  return { ...cfg };
}
