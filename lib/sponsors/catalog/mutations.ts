import "server-only";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { sponsorsTags } from "@/lib/sponsors/constants";
import type { BenefitInput, ClauseInput, FeatureInput, PackageInput, ProgramInput } from "./schema";

const rethrow = (e: unknown) => Promise.reject(fromPrismaError(e));

// The application form shows programs, packages, benefits and their rules; /psf/sponsors/ groups
// logos by package (name, order, logo_dimension). Every configuration write refreshes both.
const afterWrite = () =>
  revalidateDomain([sponsorsTags.sponsorshipConfig, sponsorsTags.sponsors], { mode: "immediate" });

export async function saveProgram(id: number | undefined, input: ProgramInput) {
  const row = await (
    id
      ? db.sponsorshipProgram.update({ where: { id }, data: input, select: { id: true } })
      : db.sponsorshipProgram.create({ data: input, select: { id: true } })
  ).catch(rethrow);
  await afterWrite();
  return row;
}

/** Deleting a program deletes its benefits (Django CASCADE); sponsor benefits keep their snapshot. */
export async function deleteProgram(id: number) {
  await db.sponsorshipProgram.delete({ where: { id } }).catch(rethrow);
  await afterWrite();
}

/** SponsorshipPackage: slug unique per year ("This value is already in use." on the slug). */
export async function savePackage(id: number | undefined, input: PackageInput) {
  const taken = await db.sponsorshipPackage.findFirst({
    where: { slug: input.slug, year: input.year, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw new AppError("conflict", "A package with this slug already exists for that year.", {
      fields: { slug: ["Sponsorship package with this Slug and Year already exists."] },
    });
  const row = await (
    id
      ? db.sponsorshipPackage.update({ where: { id }, data: input, select: { id: true } })
      : db.sponsorshipPackage.create({ data: input, select: { id: true } })
  ).catch(rethrow);
  await afterWrite();
  return row;
}

/** Sponsorships keep their package name (level_name) and lose the link (SET_NULL). */
export async function deletePackage(id: number) {
  await db.sponsorshipPackage.delete({ where: { id } }).catch(rethrow);
  await afterWrite();
}

export async function saveClause(id: number | undefined, input: ClauseInput) {
  const row = await (
    id
      ? db.legalClause.update({ where: { id }, data: input, select: { id: true } })
      : db.legalClause.create({ data: input, select: { id: true } })
  ).catch(rethrow);
  await afterWrite();
  return row;
}

export async function deleteClause(id: number) {
  await db.legalClause.delete({ where: { id } }).catch(rethrow);
  await afterWrite();
}

/**
 * SponsorshipBenefit with its packages, legal clauses and conflicts. Conflicts are symmetrical in
 * Django (ManyToManyField("self")): both directions are written and removed together.
 */
export async function saveBenefit(id: number | undefined, input: BenefitInput) {
  const { packageIds, legalClauseIds, conflictIds, ...data } = input;
  const others = conflictIds.filter((c) => c !== id);
  const row = await db
    .$transaction(async (tx) => {
      const b = id
        ? await tx.sponsorshipBenefit.update({ where: { id }, data, select: { id: true } })
        : await tx.sponsorshipBenefit.create({ data, select: { id: true } });
      await tx.sponsorshipBenefitPackage.deleteMany({ where: { benefitId: b.id } });
      await tx.sponsorshipBenefitPackage.createMany({
        data: packageIds.map((packageId) => ({ benefitId: b.id, packageId })),
      });
      await tx.sponsorshipBenefitClause.deleteMany({ where: { benefitId: b.id } });
      await tx.sponsorshipBenefitClause.createMany({
        data: legalClauseIds.map((legalClauseId) => ({ benefitId: b.id, legalClauseId })),
      });
      await tx.sponsorshipBenefitConflict.deleteMany({ where: { OR: [{ fromId: b.id }, { toId: b.id }] } });
      await tx.sponsorshipBenefitConflict.createMany({
        data: others.flatMap((o) => [
          { fromId: b.id, toId: o },
          { fromId: o, toId: b.id },
        ]),
        skipDuplicates: true,
      });
      return b;
    })
    .catch(rethrow);
  await afterWrite();
  return row;
}

/** Sponsor benefits copied from it keep their snapshot (SET_NULL). */
export async function deleteBenefit(id: number) {
  await db.sponsorshipBenefit.delete({ where: { id } }).catch(rethrow);
  await afterWrite();
}

/** Every column a configuration may hold, so a kind change never leaves another kind's value behind. */
const EMPTY = {
  publisher: null,
  logoPlace: null,
  linkToSponsorsPage: false,
  describeAsSponsor: false,
  packageId: null,
  quantity: null,
  displayLabel: null,
  relatedTo: null,
  internalName: null,
  label: null,
  helpText: null,
  dueDate: null,
  minWidth: null,
  maxWidth: null,
  minHeight: null,
  maxHeight: null,
  maxLength: null,
  shared: false,
  sharedText: null,
} as const;

/**
 * One BenefitFeatureConfiguration of a benefit (the polymorphic inline). An internal name is
 * unique per kind; a provided file is stored by the caller and passed as `sharedFile` (kept when
 * undefined).
 */
export async function saveFeatureConfig(
  benefitId: number,
  id: number | undefined,
  input: FeatureInput,
  sharedFile?: string,
) {
  if (input.kind === "tiered_benefit") {
    const pkg = await db.sponsorshipPackage.findUnique({
      where: { id: input.packageId },
      select: { id: true },
    });
    if (!pkg)
      throw new AppError("validation_failed", "Unknown package.", {
        fields: { packageId: ["Select a valid choice."] },
      });
  }
  if ("internalName" in input) {
    const taken = await db.benefitFeatureConfiguration.findFirst({
      where: { kind: input.kind, internalName: input.internalName, ...(id ? { id: { not: id } } : {}) },
      select: { id: true },
    });
    if (taken)
      throw new AppError("conflict", "This internal name is already in use.", {
        fields: {
          internalName: ["This internal name is already used by another configuration of this kind."],
        },
      });
  }
  const data = { ...EMPTY, ...input, ...(sharedFile === undefined ? {} : { sharedFile }) };
  const row = await (
    id
      ? db.benefitFeatureConfiguration.update({ where: { id, benefitId }, data, select: { id: true } })
      : db.benefitFeatureConfiguration.create({ data: { ...data, benefitId }, select: { id: true } })
  ).catch(rethrow);
  await afterWrite();
  return row;
}

export async function deleteFeatureConfig(benefitId: number, id: number) {
  await db.benefitFeatureConfiguration.delete({ where: { id, benefitId } }).catch(rethrow);
  await afterWrite();
}
