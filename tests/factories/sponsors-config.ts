/** Writes one year's sponsorship configuration (idempotent: finds by slug or name and year). */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DemoBenefit } from "./sponsors-data";

type Pkg = {
  name: string;
  slug: string;
  sponsorshipAmount: number;
  logoDimension: number;
  allowALaCarte?: boolean;
};
type Clause = { internalName: string; clause: string; benefits: string[] };

const due = (year: number, d?: [number, number]) => (d ? new Date(Date.UTC(year, d[0] - 1, d[1])) : null);

function featureConfigs(b: DemoBenefit, year: number, packageIds: number[]) {
  const asset = (name: string) => ({ internalName: `${name}_${year}`, relatedTo: "sponsorship" as const });
  const out: Record<string, unknown>[] = [];
  if (b.logo)
    out.push({
      kind: "logo_placement",
      publisher: b.logo.publisher ?? "psf",
      logoPlace: b.logo.place,
      linkToSponsorsPage: Boolean(b.logo.link),
      describeAsSponsor: Boolean(b.logo.describe),
    });
  b.tiers?.forEach((t, i) => {
    if (packageIds[i] !== undefined)
      out.push({
        kind: "tiered_benefit",
        packageId: packageIds[i],
        ...(typeof t === "number" ? { quantity: t } : { quantity: 1, displayLabel: t }),
      });
  });
  if (b.email) out.push({ kind: "email_targetable" });
  if (b.img)
    out.push({
      kind: "required_img_asset",
      ...asset(b.img.name),
      relatedTo: "sponsor",
      label: "High resolution logo",
      helpText: "PNG or JPEG on a transparent or white background.",
      dueDate: due(year, b.img.due),
      minWidth: b.img.w[0],
      maxWidth: b.img.w[1],
      minHeight: b.img.h[0],
      maxHeight: b.img.h[1],
    });
  if (b.text)
    out.push({
      kind: "required_text_asset",
      ...asset(b.text.name),
      label: b.text.label,
      helpText: "",
      maxLength: b.text.max ?? null,
      dueDate: due(year, b.text.due),
    });
  if (b.response)
    out.push({
      kind: "required_response_asset",
      ...asset(b.response.name),
      label: b.response.label,
      helpText: "",
      dueDate: due(year, b.response.due),
    });
  if (b.providedText)
    out.push({
      kind: "provided_text_asset",
      ...asset(b.providedText.name),
      label: b.providedText.label,
      shared: Boolean(b.providedText.shared),
      sharedText: b.providedText.shared ?? null,
    });
  if (b.providedFile)
    out.push({
      kind: "provided_file_asset",
      ...asset(b.providedFile.name),
      label: b.providedFile.label,
      shared: false,
    });
  return out;
}

export async function seedSponsorConfig(
  db: PrismaClient,
  year: number,
  programs: string[],
  packages: Pkg[],
  benefits: DemoBenefit[],
  clauses: Clause[],
) {
  const programIds = new Map<string, number>();
  for (const [order, name] of programs.entries()) {
    const row =
      (await db.sponsorshipProgram.findFirst({ where: { name } })) ??
      (await db.sponsorshipProgram.create({
        data: { name, order, description: `Benefits delivered through ${name}.` },
      }));
    programIds.set(name, row.id);
  }
  const packageIds = new Map<string, number>();
  for (const [order, p] of packages.entries()) {
    const row = await db.sponsorshipPackage.upsert({
      where: { slug_year: { slug: p.slug, year } },
      update: {},
      create: { ...p, order, year, advertise: true },
    });
    packageIds.set(p.slug, row.id);
  }
  const ordered = packages.map((p) => packageIds.get(p.slug)!);
  const benefitIds = new Map<string, number>();
  for (const [order, b] of benefits.entries()) {
    const found = await db.sponsorshipBenefit.findFirst({
      where: { name: b.name, year },
      select: { id: true },
    });
    if (found) {
      benefitIds.set(b.name, found.id);
      continue;
    }
    const row = await db.sponsorshipBenefit.create({
      data: {
        name: b.name,
        order,
        year,
        programId: programIds.get(b.program)!,
        internalValue: b.value,
        capacity: b.capacity ?? null,
        softCapacity: Boolean(b.soft),
        packageOnly: Boolean(b.packageOnly),
        standalone: Boolean(b.standalone),
        new: Boolean(b.isNew),
        unavailable: Boolean(b.unavailable),
        description: `${b.name}, delivered by the ${b.program} team during the sponsorship year.`,
        packages: { create: ordered.slice(0, b.upTo).map((packageId) => ({ packageId })) },
        featureConfigs: { create: featureConfigs(b, year, ordered) as never },
      },
      select: { id: true },
    });
    benefitIds.set(b.name, row.id);
  }
  for (const b of benefits) {
    if (!b.conflictsWith || !benefitIds.has(b.conflictsWith)) continue;
    const pair = { fromId: benefitIds.get(b.name)!, toId: benefitIds.get(b.conflictsWith)! };
    await db.sponsorshipBenefitConflict.createMany({
      data: [pair, { fromId: pair.toId, toId: pair.fromId }],
      skipDuplicates: true,
    });
  }
  for (const [order, c] of clauses.entries()) {
    if (await db.legalClause.findFirst({ where: { internalName: `${c.internalName} ${year}` } })) continue;
    await db.legalClause.create({
      data: {
        internalName: `${c.internalName} ${year}`,
        clause: c.clause,
        order,
        benefits: {
          create: c.benefits.flatMap((n) => (benefitIds.has(n) ? [{ benefitId: benefitIds.get(n)! }] : [])),
        },
      },
    });
  }
  return { packageIds, benefitIds };
}
