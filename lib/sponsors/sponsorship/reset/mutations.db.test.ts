/** §8.4 management commands: reset_sponsorship_benefits re-copies the package's benefits; a dry run changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createSponsorship } from "@/lib/sponsors/sponsorship/mutations";
import { seedSponsorConfig } from "@/tests/factories/sponsors-config";
import { BENEFITS, PACKAGES, PROGRAMS } from "@/tests/factories/sponsors-data";
import { resetSponsorshipBenefits } from "./mutations";

const YEAR = 2042;
let pkgs: Map<string, number>;

async function drop() {
  await db.sponsorship.deleteMany({ where: { year: { in: [YEAR, YEAR - 1] } } });
  await db.sponsor.deleteMany({ where: { name: { startsWith: "Reset test " } } });
  await db.sponsorshipBenefit.deleteMany({ where: { year: YEAR } });
  await db.sponsorshipPackage.deleteMany({ where: { year: YEAR } });
}
beforeAll(async () => {
  await drop();
  pkgs = (await seedSponsorConfig(db, YEAR, PROGRAMS, PACKAGES, BENEFITS, [])).packageIds;
});
afterAll(drop);

async function sponsorship(name: string) {
  const sponsor = await db.sponsor.create({ data: { name: `Reset test ${name}` } });
  const pkg = pkgs.get("partner")!;
  const benefits = (await db.sponsorshipBenefitPackage.findMany({ where: { packageId: pkg } })).map(
    (b) => b.benefitId,
  );
  const sp = await createSponsorship({
    sponsorId: sponsor.id,
    packageId: pkg,
    benefitIds: benefits,
    submittedById: null,
    year: YEAR,
  });
  return { id: sp.id, expected: benefits.length };
}
const names = async (id: number) =>
  (await db.sponsorBenefit.findMany({ where: { sponsorshipId: id }, orderBy: { name: "asc" } })).map(
    (b) => b.name,
  );

describe("resetSponsorshipBenefits", () => {
  it("deletes the sponsorship's benefits and assets and copies the package's again", async () => {
    const s = await sponsorship("reset");
    const before = await names(s.id);
    await db.sponsorBenefit.deleteMany({ where: { sponsorshipId: s.id, name: before[0] } });
    await db.sponsorBenefit.create({
      data: { sponsorshipId: s.id, programName: "PSF", name: "Stray benefit" },
    });
    await db.genericAsset.create({
      data: { sponsorshipId: s.id, type: "text", internalName: "stray_asset", text: "x" },
    });
    const [report] = await resetSponsorshipBenefits([s.id], { dryRun: false, updateYear: false }, null);
    expect(report!.reset).toBe(true);
    expect(await names(s.id)).toEqual(before);
    expect(await db.genericAsset.count({ where: { sponsorshipId: s.id, internalName: "stray_asset" } })).toBe(
      0,
    );
  });

  it("a dry run reports and rolls back", async () => {
    const s = await sponsorship("dry");
    await db.sponsorBenefit.create({
      data: { sponsorshipId: s.id, programName: "PSF", name: "Stray benefit" },
    });
    const before = await names(s.id);
    const [report] = await resetSponsorshipBenefits([s.id], { dryRun: true, updateYear: false }, null);
    expect(report!.reset).toBe(false);
    expect(report!.lines.every((l) => l.startsWith("[DRY RUN]"))).toBe(true);
    expect(await names(s.id)).toEqual(before);
  });

  it("--update-year moves a sponsorship to its package's year before copying", async () => {
    const s = await sponsorship("year");
    await db.sponsorship.update({ where: { id: s.id }, data: { year: YEAR - 1 } });
    const [stale] = await resetSponsorshipBenefits([s.id], { dryRun: false, updateYear: false }, null);
    expect(stale!.lines).toContain(`Year mismatch: Sponsorship year (${YEAR - 1}) != Package year (${YEAR})`);
    expect(stale!.reset).toBe(false);
    const [moved] = await resetSponsorshipBenefits([s.id], { dryRun: false, updateYear: true }, null);
    expect(moved!.reset).toBe(true);
    expect((await db.sponsorship.findUniqueOrThrow({ where: { id: s.id } })).year).toBe(YEAR);
    expect((await names(s.id)).length).toBe(s.expected);
    expect(
      (await resetSponsorshipBenefits([999_999_999], { dryRun: true, updateYear: false }, null))[0]!.lines,
    ).toEqual(["Sponsorship 999999999 does not exist - skipping"]);
  });
});
