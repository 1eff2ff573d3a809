import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { getCurrentYear } from "@/lib/sponsors/config/data";
import {
  BENEFIT_LIST_SPEC,
  benefitsSection,
  CLAUSE_LIST_SPEC,
  clausesSection,
  PACKAGE_LIST_SPEC,
  packagesSection,
  PROGRAM_LIST_SPEC,
  programsSection,
} from "./constants";
import {
  getAdminBenefit,
  getAdminClause,
  getAdminPackage,
  getAdminProgram,
  getBenefitChoices,
  listAdminBenefits,
  listAdminClauses,
  listAdminPackages,
  listAdminPrograms,
  listRelatedSponsorships,
} from "./data";

type Raw = Record<string, string | string[] | undefined>;

const found = <T>(row: T | null): T => row ?? notFound();
const byId = async <T>(raw: string, get: (id: number) => Promise<T | null>) =>
  found(dbId(raw) === null ? null : await get(dbId(raw)!));

export async function loadAdminPrograms(raw: Raw) {
  await requireAdmin(programsSection.href, programsSection);
  const params = parseListParams(raw, PROGRAM_LIST_SPEC);
  return { params, ...(await listAdminPrograms(params)) };
}

/** A program's change form (id) or the add form (no id); 404 when there is no such program. */
export async function loadAdminProgram(id?: string) {
  await requireAdmin(`${programsSection.href}${id ?? "new"}/`, programsSection);
  return id ? byId(id, getAdminProgram) : null;
}

export async function loadAdminClauses(raw: Raw) {
  await requireAdmin(clausesSection.href, clausesSection);
  const params = parseListParams(raw, CLAUSE_LIST_SPEC);
  return { params, ...(await listAdminClauses(params)) };
}

export async function loadAdminClause(id?: string) {
  await requireAdmin(`${clausesSection.href}${id ?? "new"}/`, clausesSection);
  return id ? byId(id, getAdminClause) : null;
}

export async function loadAdminPackages(raw: Raw) {
  await requireAdmin(packagesSection.href, packagesSection);
  const params = parseListParams(raw, PACKAGE_LIST_SPEC);
  return { params, ...(await listAdminPackages(params)) };
}

export async function loadAdminPackage(id?: string) {
  await requireAdmin(`${packagesSection.href}${id ?? "new"}/`, packagesSection);
  return id ? byId(id, getAdminPackage) : null;
}

/** The benefits list; the program and package filters take the ids that exist. */
export async function loadAdminBenefits(raw: Raw) {
  await requireAdmin(benefitsSection.href, benefitsSection);
  const { programs, packages } = await getBenefitChoices(null);
  const params = parseListParams(raw, {
    ...BENEFIT_LIST_SPEC,
    filters: {
      ...BENEFIT_LIST_SPEC.filters,
      program: programs.map((p) => String(p.id)),
      package: packages.map((p) => String(p.id)),
    },
  });
  const list = await listAdminBenefits({
    ...params,
    programId: params.filters.program ? Number(params.filters.program) : undefined,
    packageId: params.filters.package ? Number(params.filters.package) : undefined,
  });
  return { params, programs, packages, ...list };
}

/** The add form: the choices of the active year (or of `?year=`). */
export async function loadNewBenefit(rawYear: string | undefined) {
  await requireAdmin(`${benefitsSection.href}new/`, benefitsSection);
  const year = /^\d{4}$/.test(rawYear ?? "") ? Number(rawYear) : await getCurrentYear();
  return { year, choices: await getBenefitChoices(year) };
}

/** A benefit's change page: its form, choices of its year, configurations and related sponsorships. */
export async function loadAdminBenefit(id: string) {
  await requireAdmin(`${benefitsSection.href}${id}/`, benefitsSection);
  const benefit = await byId(id, getAdminBenefit);
  const today = new Date();
  const [choices, related] = await Promise.all([
    getBenefitChoices(benefit.year, benefit.id),
    listRelatedSponsorships(
      benefit.id,
      new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())),
    ),
  ]);
  return { benefit, choices, related };
}

/** One configuration's change form under its benefit. */
export async function loadAdminFeatureConfig(benefitId: string, featureId: string) {
  await requireAdmin(`${benefitsSection.href}${benefitId}/features/${featureId}/`, benefitsSection);
  const benefit = await byId(benefitId, getAdminBenefit);
  const config = found(benefit.featureConfigs.find((c) => String(c.id) === featureId) ?? null);
  const { packages } = await getBenefitChoices(benefit.year);
  return { benefit, config, packages };
}
