/**
 * The sponsorship rules that need no database: the state machine (apps/sponsors/models/sponsorship.py
 * next_status), the application's benefit rules (forms.py SponsorshipsBenefitsForm._clean_benefits),
 * package customization (SponsorshipPackage.has_user_customization), year cloning (benefits.py
 * get_clone_kwargs) and the area-preserving logo size (templatetags ideal_size).
 */
import { APPLICATION_MESSAGES, NEXT_STATUS, STATUS_LABELS } from "./constants";
import type { BenefitRule, BenefitSelection, PackageRule, SponsorshipStatusName } from "./types";

export const nextStatus = (status: SponsorshipStatusName): readonly SponsorshipStatusName[] =>
  NEXT_STATUS[status];

export const statusLabel = (status: SponsorshipStatusName) => STATUS_LABELS[status];

/** SponsorshipBenefit.has_capacity: unavailable, or a hard capacity used up, means none left. */
export function hasCapacity(
  b: Pick<BenefitRule, "unavailable" | "remainingCapacity" | "softCapacity">,
): boolean {
  if (b.unavailable) return false;
  return !(b.remainingCapacity !== null && b.remainingCapacity <= 0 && !b.softCapacity);
}

/** SponsorshipBenefit.unavailability_message. */
export function unavailabilityMessage(b: BenefitRule): string {
  if (b.packageOnly) return "This benefit is only available with packages";
  if (!hasCapacity(b)) return "This benefit is currently at capacity";
  return "";
}

/** Every id picked, in the order Django's get_benefits(include_a_la_carte=True) collects them. */
export const pickedBenefitIds = (s: BenefitSelection) => [...s.benefits, ...s.aLaCarte];

/**
 * SponsorshipsBenefitsForm.clean: the first broken rule's message (§5.4 step 2), or null.
 * `benefits` holds the package benefits picked under the programs; ids that are not offered in
 * the field they came in are refused as Django's choice fields refuse them.
 */
export function validateBenefitSelection(
  s: BenefitSelection,
  benefits: ReadonlyMap<number, BenefitRule>,
  packages: ReadonlyMap<number, PackageRule>,
): string | null {
  const pkg = s.packageId === null ? null : packages.get(s.packageId);
  if (s.packageId !== null && !pkg) return APPLICATION_MESSAGES.invalidPackage;
  const offered = (id: number, field: "package" | "aLaCarte" | "standalone") => {
    const b = benefits.get(id);
    if (!b) return false;
    if (field === "standalone") return b.standalone;
    if (field === "aLaCarte") return !b.standalone && b.packageIds.length === 0;
    return b.packageIds.length > 0;
  };
  const bad =
    s.benefits.find((id) => !offered(id, "package")) ??
    s.aLaCarte.find((id) => !offered(id, "aLaCarte")) ??
    s.standalone.find((id) => !offered(id, "standalone"));
  if (bad !== undefined) return APPLICATION_MESSAGES.invalidChoice(bad);

  const picked = pickedBenefitIds(s);
  if (picked.length === 0 && s.standalone.length === 0) return APPLICATION_MESSAGES.minimum;
  if (picked.length > 0 && !pkg) return APPLICATION_MESSAGES.packageRequired;
  if (s.standalone.length > 0 && pkg) return APPLICATION_MESSAGES.standaloneWithPackage;
  if (pkg && s.aLaCarte.length > 0 && !pkg.allowALaCarte) return APPLICATION_MESSAGES.noALaCarte;

  const pickedSet = new Set(picked);
  for (const id of picked) {
    const b = benefits.get(id)!;
    if (b.conflicts.some((c) => pickedSet.has(c))) return APPLICATION_MESSAGES.conflicts;
    if (b.packageOnly) {
      if (!pkg) return APPLICATION_MESSAGES.packageOnlyNoPackage;
      if (!b.packageIds.includes(pkg.id)) return APPLICATION_MESSAGES.packageOnlyWrongPackage;
    }
    if (!hasCapacity(b)) return APPLICATION_MESSAGES.noCapacity;
  }
  return null;
}

/**
 * SponsorshipPackage.has_user_customization: true when the picked benefits differ from the
 * package's, where each group of mutually conflicting package benefits needs one pick.
 */
export function hasUserCustomization(
  packageBenefits: readonly Pick<BenefitRule, "id" | "conflicts">[],
  picked: readonly number[],
): boolean {
  const withConflicts = packageBenefits.filter((b) => b.conflicts.length > 0);
  const conflicting = new Set(withConflicts.map((b) => b.id));
  const plain = new Set(packageBenefits.filter((b) => b.conflicts.length === 0).map((b) => b.id));
  const fromPackage = new Set(picked.filter((id) => !conflicting.has(id)));
  if (fromPackage.size !== plain.size || [...plain].some((id) => !fromPackage.has(id))) return true;
  const remaining = new Set(picked.filter((id) => conflicting.has(id) || !plain.has(id)));
  for (const id of fromPackage) remaining.delete(id);
  if (remaining.size === 0 && withConflicts.length > 0) return true;
  const seen = new Set<number>();
  for (const b of withConflicts) {
    if (seen.has(b.id)) continue;
    const group = [b.id, ...b.conflicts];
    group.forEach((id) => seen.add(id));
    if (!group.some((id) => remaining.has(id))) return true;
  }
  return false;
}

/** AssetConfigurationMixin.get_clone_kwargs: the source year in the name becomes the target's, else a suffix. */
export function cloneInternalName(name: string, fromYear: number | null, toYear: number): string {
  if (fromYear !== null && name.includes(String(fromYear)))
    return name.replaceAll(String(fromYear), String(toYear));
  return `${name}_${toYear}`;
}

/** date.replace(year=...): the same day and month in the target year (29 February becomes the 28th). */
export function cloneDueDate(date: Date | null, toYear: number): Date | null {
  if (!date) return null;
  const month = date.getUTCMonth();
  const day = Math.min(date.getUTCDate(), new Date(Date.UTC(toYear, month + 1, 0)).getUTCDate());
  return new Date(Date.UTC(toYear, month, day));
}

/** §5.9 clone form: the message for a bad pair of years, or null. */
export function cloneYearError(
  fromYear: number,
  targetYear: number,
  configured: readonly number[],
): string | null {
  if (!configured.includes(fromYear))
    return `Select a valid choice. ${fromYear} is not one of the available choices.`;
  if (targetYear > 2050) return "Ensure this value is less than or equal to 2050.";
  if (targetYear <= fromYear) return "Target year must be greater than the year to clone from.";
  if (configured.includes(targetYear)) return `The year ${targetYear} already has a configuration.`;
  return null;
}

/**
 * templatetags/sponsors.py ideal_size: the width that gives a logo of `width`×`height` the area
 * 100 × `dimension` px², so wide and tall logos weigh the same in a package's grid.
 */
export function idealLogoWidth(width: number, height: number, dimension: number): number {
  const [w, h] = width > 0 && height > 0 ? [width, height] : [dimension, dimension];
  return Math.trunc(w * Math.sqrt((100 * dimension) / (w * h)));
}

/** TieredBenefitConfiguration.display_modifier: "<name> (<label or quantity>)" for the matching package. */
export function tieredName(
  name: string,
  tier: { packageId: number | null; quantity: number | null; displayLabel: string | null } | undefined,
  packageId: number | null,
): string {
  if (!tier || tier.packageId !== packageId || packageId === null) return name;
  return `${name} (${tier.displayLabel || tier.quantity})`;
}

/** Width and height from a PNG, GIF, JPEG or WebP header (the logo types uploads accept), or null. */
export function imageSize(b: Uint8Array): { width: number; height: number } | null {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const ascii = (o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
  if (b.length >= 24 && ascii(1, 3) === "PNG") return { width: dv.getUint32(16), height: dv.getUint32(20) };
  if (b.length >= 10 && ascii(0, 3) === "GIF")
    return { width: dv.getUint16(6, true), height: dv.getUint16(8, true) };
  if (b.length >= 30 && ascii(0, 4) === "RIFF" && ascii(8, 4) === "WEBP") {
    const kind = ascii(12, 4);
    if (kind === "VP8X")
      return {
        width: 1 + (dv.getUint32(24, true) & 0xffffff),
        height: 1 + (dv.getUint32(27, true) & 0xffffff),
      };
    if (kind === "VP8L") {
      const bits = dv.getUint32(21, true);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    if (kind === "VP8 ")
      return { width: dv.getUint16(26, true) & 0x3fff, height: dv.getUint16(28, true) & 0x3fff };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let o = 2;
    while (o + 9 < b.length) {
      if (b[o] !== 0xff) return null;
      const marker = b[o + 1]!;
      const len = dv.getUint16(o + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { width: dv.getUint16(o + 7), height: dv.getUint16(o + 5) };
      o += 2 + len;
    }
  }
  return null;
}
