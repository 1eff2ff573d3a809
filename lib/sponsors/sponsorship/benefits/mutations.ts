import "server-only";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sponsorsTags } from "@/lib/sponsors/constants";
import { copyBenefit } from "@/lib/sponsors/sponsorship/mutations";

type Actor = { actorId: number | null; origin?: AuditOrigin };

/** Sponsorship.open_for_editing: applied, or unlocked. SponsorBenefitInline adds and deletes only then. */
async function openSponsorship(sponsorshipId: number) {
  const s = await db.sponsorship.findUnique({
    where: { id: sponsorshipId },
    select: { id: true, status: true, locked: true, sponsorId: true, packageId: true, year: true },
  });
  if (!s) throw new AppError("not_found", "Sponsorship not found.");
  if (s.status !== "applied" && s.locked)
    throw new AppError("conflict", "The sponsorship is locked: unlock it to change its benefits.");
  return s;
}

/** A benefit of the sponsorship's own year (SponsorBenefitInline.get_queryset filters by it). */
async function checkBenefit(benefitId: number, year: number | null) {
  const b = await db.sponsorshipBenefit.findUnique({ where: { id: benefitId }, select: { year: true } });
  if (!b || (year !== null && b.year !== year))
    throw new AppError("validation_failed", "Select a valid choice.", {
      fields: { benefitId: ["Select a valid choice. That choice is not one of the available choices."] },
    });
}

async function audit(
  action: string,
  sponsorshipId: number,
  actor: Actor,
  detail: Record<string, number | null>,
) {
  await recordAudit({
    action: `sponsors.sponsorship.${action}`,
    actorId: actor.actorId,
    targetType: "sponsorship",
    targetId: sponsorshipId,
    ip: actor.origin?.ip,
    userAgent: actor.origin?.userAgent,
    detail,
  });
}

// Features decide where a logo shows (/psf/sponsors/, /downloads/, /jobs/, the APIs).
const afterWrite = () => revalidateDomain([sponsorsTags.sponsors], { mode: "immediate" });

/** SponsorBenefitInline add: the configured benefit snapshotted with its features and assets. */
export async function addSponsorBenefit(sponsorshipId: number, benefitId: number, actor: Actor) {
  const s = await openSponsorship(sponsorshipId);
  await checkBenefit(benefitId, s.year);
  const row = await db.$transaction((tx) => copyBenefit(tx, s, benefitId, false));
  await audit("benefit_added", sponsorshipId, actor, { benefitId, sponsorBenefitId: row.id });
  await afterWrite();
  return row;
}

/**
 * SponsorBenefitAdminInlineForm: a new template benefit re-copies the snapshot and regenerates its
 * features (SponsorBenefit.reset_attributes); the internal value is the staff's own figure.
 */
export async function changeSponsorBenefit(
  sponsorshipId: number,
  sponsorBenefitId: number,
  input: { benefitId: number; internalValue: number | null },
  actor: Actor,
) {
  const s = await openSponsorship(sponsorshipId);
  const sb = await db.sponsorBenefit.findFirst({
    where: { id: sponsorBenefitId, sponsorshipId },
    select: { id: true, sponsorshipBenefitId: true, addedByUser: true },
  });
  if (!sb) throw new AppError("not_found", "Benefit not found.");
  await db.$transaction(async (tx) => {
    if (sb.sponsorshipBenefitId !== input.benefitId) {
      await checkBenefit(input.benefitId, s.year);
      await copyBenefit(tx, s, input.benefitId, sb.addedByUser, sb.id);
    }
    await tx.sponsorBenefit.update({
      where: { id: sb.id },
      data: { benefitInternalValue: input.internalValue },
    });
  });
  await audit("benefit_changed", sponsorshipId, actor, {
    benefitId: input.benefitId,
    sponsorBenefitId: sb.id,
  });
  await afterWrite();
}

/** SponsorBenefitInline delete (only while open for editing); its features go with it. */
export async function removeSponsorBenefit(sponsorshipId: number, sponsorBenefitId: number, actor: Actor) {
  await openSponsorship(sponsorshipId);
  const { count } = await db.sponsorBenefit.deleteMany({ where: { id: sponsorBenefitId, sponsorshipId } });
  if (!count) throw new AppError("not_found", "Benefit not found.");
  await audit("benefit_removed", sponsorshipId, actor, { sponsorBenefitId });
  await afterWrite();
}
