import "server-only";
import type { ListParams } from "@/lib/admin/utils";
import { db, type Prisma } from "@/lib/platform/db";

const page = (p: ListParams) => ({ skip: (p.page - 1) * p.perPage, take: p.perPage });
const yesNo = (v: string | undefined) => (v ? v === "yes" : undefined);

export async function listAdminPrograms(p: ListParams) {
  const where: Prisma.SponsorshipProgramWhereInput = p.q
    ? { name: { contains: p.q, mode: "insensitive" } }
    : {};
  const [rows, total] = await Promise.all([
    db.sponsorshipProgram.findMany({
      where,
      select: { id: true, name: true, order: true, _count: { select: { benefits: true } } },
      orderBy: [{ [p.sort]: p.dir }, { id: "asc" }],
      ...page(p),
    }),
    db.sponsorshipProgram.count({ where }),
  ]);
  return { rows, total };
}

export const getAdminProgram = (id: number) =>
  db.sponsorshipProgram.findUnique({
    where: { id },
    select: { id: true, name: true, description: true, order: true },
  });

export async function listAdminClauses(p: ListParams) {
  const where: Prisma.LegalClauseWhereInput = p.q
    ? { internalName: { contains: p.q, mode: "insensitive" } }
    : {};
  const [rows, total] = await Promise.all([
    db.legalClause.findMany({
      where,
      select: { id: true, internalName: true, order: true, _count: { select: { benefits: true } } },
      orderBy: [{ [p.sort]: p.dir }, { id: "asc" }],
      ...page(p),
    }),
    db.legalClause.count({ where }),
  ]);
  return { rows, total };
}

export const getAdminClause = (id: number) =>
  db.legalClause.findUnique({
    where: { id },
    select: { id: true, internalName: true, clause: true, notes: true, order: true },
  });

/** SponsorshipPackageAdmin: -year, order; the revenue split is the benefits' internal values per program. */
export async function listAdminPackages(p: ListParams) {
  const where: Prisma.SponsorshipPackageWhereInput = {
    ...(p.q ? { name: { contains: p.q, mode: "insensitive" } } : {}),
    ...(p.filters.year ? { year: Number(p.filters.year) } : {}),
    ...(p.filters.advertise ? { advertise: yesNo(p.filters.advertise) } : {}),
    ...(p.filters.aLaCarte ? { allowALaCarte: yesNo(p.filters.aLaCarte) } : {}),
  };
  const orderBy: Prisma.SponsorshipPackageOrderByWithRelationInput[] =
    p.sort === "year"
      ? [{ year: { sort: p.dir, nulls: "last" } }, { order: "asc" }, { id: "asc" }]
      : [{ [p.sort]: p.dir }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db.sponsorshipPackage.findMany({
      where,
      select: {
        id: true,
        name: true,
        year: true,
        sponsorshipAmount: true,
        advertise: true,
        allowALaCarte: true,
        order: true,
        benefits: {
          select: {
            benefit: { select: { internalValue: true, program: { select: { name: true, order: true } } } },
          },
        },
      },
      orderBy,
      ...page(p),
    }),
    db.sponsorshipPackage.count({ where }),
  ]);
  return { rows, total };
}

export const getAdminPackage = (id: number) =>
  db.sponsorshipPackage.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      sponsorshipAmount: true,
      advertise: true,
      logoDimension: true,
      year: true,
      allowALaCarte: true,
      order: true,
    },
  });

/** SponsorshipBenefitAdmin's list: -year, program, order; filters as list_filter. */
export async function listAdminBenefits(p: ListParams & { programId?: number; packageId?: number }) {
  const f = p.filters;
  const where: Prisma.SponsorshipBenefitWhereInput = {
    ...(p.q ? { name: { contains: p.q, mode: "insensitive" } } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.packageOnly ? { packageOnly: yesNo(f.packageOnly) } : {}),
    ...(f.new ? { new: yesNo(f.new) } : {}),
    ...(f.standalone ? { standalone: yesNo(f.standalone) } : {}),
    ...(f.unavailable ? { unavailable: yesNo(f.unavailable) } : {}),
    ...(p.programId ? { programId: p.programId } : {}),
    ...(p.packageId ? { packages: { some: { packageId: p.packageId } } } : {}),
  };
  const orderBy: Prisma.SponsorshipBenefitOrderByWithRelationInput[] =
    p.sort === "year"
      ? [
          { year: { sort: p.dir, nulls: "last" } },
          { program: { order: "asc" } },
          { order: "asc" },
          { id: "asc" },
        ]
      : [{ [p.sort]: p.dir }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db.sponsorshipBenefit.findMany({
      where,
      select: {
        id: true,
        name: true,
        year: true,
        packageOnly: true,
        internalValue: true,
        unavailable: true,
        program: { select: { name: true } },
      },
      orderBy,
      ...page(p),
    }),
    db.sponsorshipBenefit.count({ where }),
  ]);
  return { rows, total };
}

/** The benefit form's choices: programs, and the packages, clauses and benefits of its year (any year when none). */
export async function getBenefitChoices(year: number | null, exceptId?: number) {
  const byYear = year === null ? {} : { year };
  const [programs, packages, clauses, benefits] = await Promise.all([
    db.sponsorshipProgram.findMany({
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db.sponsorshipPackage.findMany({
      where: byYear,
      orderBy: [{ year: "desc" }, { order: "asc" }, { id: "asc" }],
      select: { id: true, name: true, year: true },
    }),
    db.legalClause.findMany({
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: { id: true, internalName: true },
    }),
    db.sponsorshipBenefit.findMany({
      where: { ...byYear, ...(exceptId ? { id: { not: exceptId } } : {}) },
      orderBy: [{ year: "desc" }, { order: "asc" }, { id: "asc" }],
      select: { id: true, name: true, year: true, program: { select: { name: true } } },
    }),
  ]);
  return { programs, packages, clauses, benefits };
}

export const getAdminBenefit = (id: number) =>
  db.sponsorshipBenefit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      programId: true,
      year: true,
      packageOnly: true,
      new: true,
      unavailable: true,
      standalone: true,
      internalDescription: true,
      internalValue: true,
      capacity: true,
      softCapacity: true,
      order: true,
      packages: { select: { packageId: true } },
      legalClauses: { select: { legalClauseId: true } },
      conflicts: { select: { toId: true } },
      featureConfigs: { orderBy: { id: "asc" } },
    },
  });
export type AdminBenefit = NonNullable<Awaited<ReturnType<typeof getAdminBenefit>>>;

/** update-related-sponsorships: the non-rejected sponsorships not yet ended that hold a copy of the benefit. */
export const listRelatedSponsorships = (benefitId: number, today: Date) =>
  db.sponsorship.findMany({
    where: {
      status: { not: "rejected" },
      OR: [{ endDate: null }, { endDate: { gte: today } }],
      benefits: { some: { sponsorshipBenefitId: benefitId } },
    },
    orderBy: { id: "asc" },
    select: { id: true, status: true, year: true, sponsor: { select: { name: true } } },
  });
