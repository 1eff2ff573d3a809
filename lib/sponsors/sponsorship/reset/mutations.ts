import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { sponsorsTags } from "@/lib/sponsors/constants";
import { copyBenefit } from "@/lib/sponsors/sponsorship/mutations";

export type ResetReport = {
  id: number;
  sponsor: string;
  /** What happened, or would: one line per step, as the command prints it. */
  lines: string[];
  reset: boolean;
};

class DryRun extends Error {}

/**
 * reset_sponsorship_benefits <ids…> [--dry-run] [--update-year] (§4.2): the sponsorship's own
 * GenericAssets and SponsorBenefits deleted and every benefit of its package for the target year
 * copied again (with features and assets), atomically; a dry run does the same and rolls back.
 */
export async function resetSponsorshipBenefits(
  ids: number[],
  opts: { dryRun: boolean; updateYear: boolean },
  actorId: number | null,
): Promise<ResetReport[]> {
  const reports: ResetReport[] = [];
  for (const id of ids) {
    const s = await db.sponsorship.findUnique({
      where: { id },
      select: {
        id: true,
        year: true,
        sponsorId: true,
        packageId: true,
        sponsor: { select: { name: true } },
        package: { select: { name: true, year: true } },
      },
    });
    if (!s) {
      reports.push({ id, sponsor: "", lines: [`Sponsorship ${id} does not exist - skipping`], reset: false });
      continue;
    }
    const r: ResetReport = { id, sponsor: s.sponsor?.name ?? "", lines: [], reset: false };
    reports.push(r);
    if (!s.package || s.packageId === null) {
      r.lines.push("No package associated - skipping");
      continue;
    }
    let year = s.year;
    if (s.package.year !== s.year) {
      r.lines.push(`Year mismatch: Sponsorship year (${s.year}) != Package year (${s.package.year})`);
      if (opts.updateYear) year = s.package.year;
    }
    const templates = await db.sponsorshipBenefit.findMany({
      where: { year, packages: { some: { packageId: s.packageId } } },
      select: { id: true },
      orderBy: [{ order: "asc" }, { id: "asc" }],
    });
    if (!templates.length) {
      r.lines.push(`ERROR: No template benefits found for package '${s.package.name}' year ${year}`);
      continue;
    }
    try {
      await db.$transaction(
        async (tx) => {
          if (year !== s.year) {
            await tx.sponsorship.update({ where: { id }, data: { year } });
            r.lines.push(`Updated sponsorship year to ${year}`);
          }
          const assets = await tx.genericAsset.deleteMany({ where: { sponsorshipId: id } });
          const benefits = await tx.sponsorBenefit.deleteMany({ where: { sponsorshipId: id } });
          r.lines.push(
            `Deleted ${assets.count} GenericAssets`,
            `Deleted ${benefits.count} existing benefits`,
          );
          for (const t of templates)
            await copyBenefit(tx, { id, sponsorId: s.sponsorId, packageId: s.packageId }, t.id, false);
          r.lines.push(`Added ${templates.length} benefits from the ${s.package!.name} ${year} package`);
          if (opts.dryRun) throw new DryRun();
        },
        { timeout: 30_000 },
      );
      r.reset = true;
    } catch (e) {
      if (!(e instanceof DryRun)) throw e;
      r.lines = r.lines.map((l) => `[DRY RUN] Would have: ${l}`);
    }
  }
  if (!opts.dryRun) {
    await recordAudit({
      action: "sponsors.sponsorship.benefits_reset",
      actorId,
      detail: { ids: ids.join(","), updateYear: opts.updateYear },
    });
    await revalidateDomain([sponsorsTags.sponsors]);
  }
  return reports;
}
