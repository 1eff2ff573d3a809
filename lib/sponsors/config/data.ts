import "server-only";
import { db } from "@/lib/platform/db";
import type { BenefitRule, PackageRule } from "@/lib/sponsors/types";

/** SponsorshipCurrentYear.get_year(): the singleton row's year (the seed and migrations create it). */
export async function getCurrentYear(): Promise<number> {
  const row = await db.sponsorshipCurrentYear.findUnique({ where: { id: 1 }, select: { year: true } });
  return row?.year ?? new Date().getUTCFullYear();
}

/** Years with packages or benefits, newest first (the clone form's choices). */
export async function listConfiguredYears(): Promise<number[]> {
  const [pkgs, benefits] = await Promise.all([
    db.sponsorshipPackage.findMany({
      where: { year: { not: null } },
      distinct: ["year"],
      select: { year: true },
    }),
    db.sponsorshipBenefit.findMany({
      where: { year: { not: null } },
      distinct: ["year"],
      select: { year: true },
    }),
  ]);
  return [...new Set([...pkgs, ...benefits].map((r) => r.year!))].sort((a, b) => b - a);
}

const benefitSelect = {
  id: true,
  name: true,
  description: true,
  order: true,
  programId: true,
  packageOnly: true,
  new: true,
  unavailable: true,
  standalone: true,
  capacity: true,
  softCapacity: true,
  internalValue: true,
  packages: { select: { packageId: true } },
  conflicts: { select: { toId: true } },
  featureConfigs: {
    where: { kind: "tiered_benefit" as const },
    select: { packageId: true, quantity: true, displayLabel: true },
  },
  _count: {
    select: { sponsorBenefits: { where: { sponsorship: { status: { not: "rejected" as const } } } } },
  },
} as const;

export type ConfigBenefit = {
  id: number;
  name: string;
  description: string;
  programId: number;
  new: boolean;
  internalValue: number | null;
  capacity: number | null;
  tiers: { packageId: number | null; quantity: number | null; displayLabel: string | null }[];
  rule: BenefitRule;
};

/**
 * The application form's configuration for one year (forms.py SponsorshipsBenefitsForm): advertised
 * packages, programs, and the year's available benefits (unavailable ones are left out, as
 * from_year() does) with their packages, conflicts and remaining capacity.
 */
export async function getApplicationConfig(year: number) {
  const [programs, packages, benefits] = await Promise.all([
    db.sponsorshipProgram.findMany({
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: { id: true, name: true, description: true },
    }),
    db.sponsorshipPackage.findMany({
      where: { year, advertise: true },
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        slug: true,
        sponsorshipAmount: true,
        allowALaCarte: true,
        logoDimension: true,
      },
    }),
    db.sponsorshipBenefit.findMany({
      where: { year, unavailable: false },
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: benefitSelect,
    }),
  ]);
  const rows: ConfigBenefit[] = benefits.map((b) => ({
    id: b.id,
    name: b.name,
    description: b.description,
    programId: b.programId,
    new: b.new,
    internalValue: b.internalValue,
    capacity: b.capacity,
    tiers: b.featureConfigs,
    rule: {
      id: b.id,
      packageIds: b.packages.map((p) => p.packageId),
      packageOnly: b.packageOnly,
      standalone: b.standalone,
      unavailable: b.unavailable,
      remainingCapacity: b.capacity === null ? null : b.capacity - b._count.sponsorBenefits,
      softCapacity: b.softCapacity,
      conflicts: b.conflicts.map((c) => c.toId),
    },
  }));
  return { year, programs, packages, benefits: rows };
}

export type ApplicationConfig = Awaited<ReturnType<typeof getApplicationConfig>>;

/** The maps validateBenefitSelection reads. */
export function ruleMaps(config: ApplicationConfig) {
  return {
    benefits: new Map(config.benefits.map((b) => [b.id, b.rule])),
    packages: new Map<number, PackageRule>(
      config.packages.map((p) => [p.id, { id: p.id, allowALaCarte: p.allowALaCarte }]),
    ),
  };
}
