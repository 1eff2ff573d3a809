/** §5.9 clone-a-year and the current-year singleton (§8.4 clone year, CurrentYear). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { seedSponsorConfig } from "@/tests/factories/sponsors-config";
import { BENEFITS, LEGAL_CLAUSES, PACKAGES, PROGRAMS } from "@/tests/factories/sponsors-data";
import { getCurrentYear, listConfiguredYears } from "./data";
import { cloneYearConfig, setCurrentYear } from "./mutations";

const FROM = 2043;
const TO = 2044;

async function drop() {
  for (const year of [FROM, TO]) {
    await db.sponsorshipBenefit.deleteMany({ where: { year } });
    await db.sponsorshipPackage.deleteMany({ where: { year } });
    await db.legalClause.deleteMany({ where: { internalName: { endsWith: ` ${FROM}` } } });
  }
}
beforeAll(async () => {
  await drop();
  await seedSponsorConfig(db, FROM, PROGRAMS, PACKAGES, BENEFITS, LEGAL_CLAUSES);
});
afterAll(drop);

describe("clone a year's configuration", () => {
  it("copies packages, benefits, clauses, conflicts and feature configs with year-suffixed names and due dates", async () => {
    expect(await cloneYearConfig(FROM, TO, null)).toEqual({
      packages: PACKAGES.length,
      benefits: BENEFITS.length,
    });
    const pkgs = await db.sponsorshipPackage.findMany({ where: { year: TO }, orderBy: { order: "asc" } });
    expect(pkgs.map((p) => [p.slug, p.sponsorshipAmount])).toEqual(
      PACKAGES.map((p) => [p.slug, p.sponsorshipAmount]),
    );
    const keynote = await db.sponsorshipBenefit.findFirstOrThrow({
      where: { year: TO, name: "Keynote stage introduction" },
      include: { conflicts: { include: { to: true } }, packages: { include: { package: true } } },
    });
    expect(keynote.conflicts.map((c) => [c.to.name, c.to.year])).toEqual([
      ["Lightning talk sponsorship", TO],
    ]);
    expect(keynote.packages.map((p) => p.package.year)).toEqual([TO]);
    const text = await db.benefitFeatureConfiguration.findFirstOrThrow({
      where: {
        benefit: { year: TO },
        kind: "required_text_asset",
        internalName: { startsWith: "blog_announcement_text" },
      },
    });
    expect(text.internalName).toBe(`blog_announcement_text_${TO}`);
    expect(text.dueDate).toEqual(new Date(Date.UTC(TO, 1, 15)));
    const tiers = await db.benefitFeatureConfiguration.findMany({
      where: { benefit: { year: TO }, kind: "tiered_benefit" },
      include: { package: true },
    });
    expect(tiers.every((t) => t.package?.year === TO)).toBe(true);
    const clauses = await db.sponsorshipBenefitClause.findMany({
      where: { benefit: { year: TO } },
      include: { legalClause: true },
    });
    expect(clauses.length).toBeGreaterThan(0);
    const log = await db.auditLog.findFirstOrThrow({
      where: { action: "sponsors.config.cloned", targetId: String(TO) },
      orderBy: { id: "desc" },
    });
    expect((log.detail as { message: string }).message).toBe(
      `Cloned from ${FROM} sponsorship application config`,
    );
  });

  it("refuses a target already configured, one not after the source, past 2050, or an unknown source", async () => {
    await expect(cloneYearConfig(FROM, TO, null)).rejects.toMatchObject({
      message: `The year ${TO} already has a configuration.`,
    });
    await expect(cloneYearConfig(TO, FROM, null)).rejects.toMatchObject({
      message: "Target year must be greater than the year to clone from.",
    });
    await expect(cloneYearConfig(FROM, 2051, null)).rejects.toMatchObject({
      message: "Ensure this value is less than or equal to 2050.",
    });
    await expect(cloneYearConfig(2031, 2032, null)).rejects.toMatchObject({ code: "validation_failed" });
    expect(await listConfiguredYears()).toEqual(expect.arrayContaining([FROM, TO]));
  });
});

describe("current year singleton", () => {
  it("is one row, updated in place, within 2022–2050", async () => {
    const before = await getCurrentYear();
    try {
      await setCurrentYear(2040, null);
      expect(await getCurrentYear()).toBe(2040);
      expect(await db.sponsorshipCurrentYear.count()).toBe(1);
      await expect(setCurrentYear(2051, null)).rejects.toMatchObject({ code: "validation_failed" });
    } finally {
      await setCurrentYear(before, null);
    }
  });
});
