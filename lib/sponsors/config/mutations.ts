import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db, type Prisma } from "@/lib/platform/db";
import { AppError, FORM_ERROR } from "@/lib/platform/errors";
import { MAX_YEAR, MIN_YEAR, SPONSORSHIP_LOG, sponsorsTags } from "@/lib/sponsors/constants";
import { cloneDueDate, cloneInternalName, cloneYearError } from "@/lib/sponsors/utils";
import { listConfiguredYears } from "./data";

type Tx = Prisma.TransactionClient;

/** SponsorshipCurrentYear.save: the singleton (id 1) is updated, never added or deleted. */
export async function setCurrentYear(year: number, actorId: number | null): Promise<void> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw new AppError("validation_failed", "Invalid year.", {
      fields: { year: [`Ensure this value is between ${MIN_YEAR} and ${MAX_YEAR}.`] },
    });
  await db.sponsorshipCurrentYear.upsert({ where: { id: 1 }, update: { year }, create: { id: 1, year } });
  await recordAudit({
    action: "sponsors.current_year.changed",
    actorId,
    targetType: "sponsorshipcurrentyear",
    targetId: 1,
    detail: { year },
  });
  await revalidateDomain([sponsorsTags.sponsorshipConfig]);
}

/** SponsorshipPackage.clone: get_or_create by slug and year. */
async function clonePackage(tx: Tx, packageId: number, year: number) {
  const p = await tx.sponsorshipPackage.findUniqueOrThrow({ where: { id: packageId } });
  const existing = await tx.sponsorshipPackage.findUnique({ where: { slug_year: { slug: p.slug, year } } });
  if (existing) return { id: existing.id, created: false };
  const row = await tx.sponsorshipPackage.create({
    data: {
      name: p.name,
      slug: p.slug,
      year,
      sponsorshipAmount: p.sponsorshipAmount,
      advertise: p.advertise,
      logoDimension: p.logoDimension,
      order: p.order,
      allowALaCarte: p.allowALaCarte,
    },
  });
  return { id: row.id, created: true };
}

/** SponsorshipBenefit.clone: get_or_create by name and year; a new one gets packages, clauses and configs. */
async function cloneBenefit(tx: Tx, benefitId: number, fromYear: number, year: number) {
  const b = await tx.sponsorshipBenefit.findUniqueOrThrow({
    where: { id: benefitId },
    include: { packages: true, legalClauses: { include: { legalClause: true } }, featureConfigs: true },
  });
  if (await tx.sponsorshipBenefit.findFirst({ where: { name: b.name, year }, select: { id: true } }))
    return false;
  const packageIds = [];
  for (const p of b.packages) packageIds.push((await clonePackage(tx, p.packageId, year)).id);
  const clauseIds = [];
  for (const { legalClause: c } of b.legalClauses) {
    const copy = await tx.legalClause.create({
      data: { internalName: c.internalName, clause: c.clause, notes: c.notes, order: c.order },
    });
    clauseIds.push(copy.id);
  }
  const nb = await tx.sponsorshipBenefit.create({
    data: {
      name: b.name,
      year,
      description: b.description,
      programId: b.programId,
      packageOnly: b.packageOnly,
      new: b.new,
      unavailable: b.unavailable,
      standalone: b.standalone,
      internalDescription: b.internalDescription,
      internalValue: b.internalValue,
      capacity: b.capacity,
      softCapacity: b.softCapacity,
      order: b.order,
      packages: { create: packageIds.map((packageId) => ({ packageId })) },
      legalClauses: { create: clauseIds.map((legalClauseId) => ({ legalClauseId })) },
    },
  });
  for (const cfg of b.featureConfigs) {
    const { id: _id, legacyId: _legacy, benefitId: _b, ...rest } = cfg;
    const tierPackage = cfg.packageId === null ? null : (await clonePackage(tx, cfg.packageId, year)).id;
    await tx.benefitFeatureConfiguration.create({
      data: {
        ...rest,
        benefitId: nb.id,
        packageId: tierPackage,
        internalName: cfg.internalName === null ? null : cloneInternalName(cfg.internalName, fromYear, year),
        dueDate: cloneDueDate(cfg.dueDate, year),
      },
    });
  }
  return true;
}

/**
 * CloneSponsorshipYearUseCase (§5.5, §5.9): packages, then benefits with their packages, legal
 * clauses and feature configurations, in one transaction. Conflicts between the cloned benefits
 * are carried over too. Returns how many packages and benefits were created.
 */
export async function cloneYearConfig(fromYear: number, targetYear: number, actorId: number | null) {
  const error = cloneYearError(fromYear, targetYear, await listConfiguredYears());
  if (error) throw new AppError("validation_failed", error, { fields: { [FORM_ERROR]: [error] } });
  const result = await db.$transaction(
    async (tx) => {
      let packages = 0;
      let benefits = 0;
      const sources = await tx.sponsorshipPackage.findMany({
        where: { year: fromYear },
        orderBy: { order: "asc" },
        select: { id: true },
      });
      for (const p of sources) if ((await clonePackage(tx, p.id, targetYear)).created) packages++;
      const sourceBenefits = await tx.sponsorshipBenefit.findMany({
        where: { year: fromYear },
        orderBy: { order: "asc" },
        select: { id: true, name: true, conflicts: { select: { to: { select: { name: true } } } } },
      });
      for (const b of sourceBenefits) if (await cloneBenefit(tx, b.id, fromYear, targetYear)) benefits++;
      const byName = new Map(
        (
          await tx.sponsorshipBenefit.findMany({
            where: { year: targetYear },
            select: { id: true, name: true },
          })
        ).map((b) => [b.name, b.id]),
      );
      const pairs = sourceBenefits.flatMap((b) =>
        b.conflicts.flatMap((c) => {
          const fromId = byName.get(b.name);
          const toId = byName.get(c.to.name);
          return fromId && toId ? [{ fromId, toId }] : [];
        }),
      );
      await tx.sponsorshipBenefitConflict.createMany({ data: pairs, skipDuplicates: true });
      return { packages, benefits };
    },
    { timeout: 60_000 },
  );
  await recordAudit({
    action: "sponsors.config.cloned",
    actorId,
    targetType: "sponsorshipcurrentyear",
    targetId: targetYear,
    detail: { message: SPONSORSHIP_LOG.cloned(fromYear), ...result },
  });
  await revalidateDomain([sponsorsTags.sponsorshipConfig]);
  return result;
}
