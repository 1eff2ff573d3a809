/**
 * §5.4 step 2 as a table (forms.py SponsorshipsBenefitsForm tests): each row is a selection from a
 * year configured only for this test, and the message the application refuses it with (or null).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { APPLICATION_MESSAGES as M } from "@/lib/sponsors/constants";
import { hasUserCustomization, validateBenefitSelection } from "@/lib/sponsors/utils";
import { seedSponsorConfig } from "@/tests/factories/sponsors-config";
import { BENEFITS, PACKAGES, PROGRAMS } from "@/tests/factories/sponsors-data";
import { getApplicationConfig, ruleMaps, type ApplicationConfig } from "./data";

const YEAR = 2046;
let config: ApplicationConfig;
const ids = new Map<string, number>();
const pkgs = new Map<string, number>();
const id = (name: string) => {
  const v = ids.get(name);
  if (v === undefined) throw new Error(`no benefit ${name}`);
  return v;
};

async function dropYear(year: number) {
  await db.sponsorship.deleteMany({ where: { year } });
  await db.sponsorshipBenefit.deleteMany({ where: { year } });
  await db.sponsorshipPackage.deleteMany({ where: { year } });
  await db.legalClause.deleteMany({ where: { internalName: { endsWith: ` ${year}` } } });
}

beforeAll(async () => {
  await dropYear(YEAR);
  const made = await seedSponsorConfig(db, YEAR, PROGRAMS, PACKAGES, BENEFITS, []);
  made.benefitIds.forEach((v, k) => ids.set(k, v));
  made.packageIds.forEach((v, k) => pkgs.set(k, v));
  config = await getApplicationConfig(YEAR);
});
afterAll(() => dropYear(YEAR));

type Row = [
  string,
  { pkg?: string; benefits?: string[]; aLaCarte?: string[]; standalone?: string[] },
  string | null,
];
const rows: Row[] = [
  ["nothing picked", {}, M.minimum],
  [
    "a package with its benefits",
    {
      pkg: "visionary",
      benefits: ["Logo on the python.org sponsors page", "Support for a developer in residence"],
    },
    null,
  ],
  ["benefits without a package", { benefits: ["Logo on the python.org sponsors page"] }, M.packageRequired],
  ["à la carte without a package", { aLaCarte: ["Job fair table"] }, M.packageRequired],
  [
    "a package and a standalone benefit",
    { pkg: "partner", standalone: ["Dedicated PyPI mirror acknowledgment"] },
    M.standaloneWithPackage,
  ],
  [
    "standalone only",
    { standalone: ["Dedicated PyPI mirror acknowledgment", "Typing summit sponsorship"] },
    null,
  ],
  [
    "à la carte with a package that allows it",
    { pkg: "partner", benefits: ["Logo on the python.org sponsors page"], aLaCarte: ["Job fair table"] },
    null,
  ],
  [
    "à la carte with a package that does not",
    { pkg: "associate", benefits: ["Logo on the python.org sponsors page"], aLaCarte: ["Job fair table"] },
    M.noALaCarte,
  ],
  [
    "two conflicting benefits",
    { pkg: "visionary", benefits: ["Keynote stage introduction", "Lightning talk sponsorship"] },
    M.conflicts,
  ],
  [
    "conflicting à la carte benefits",
    {
      pkg: "partner",
      benefits: ["Logo on the python.org sponsors page"],
      aLaCarte: ["Sprint day lunch", "Sprint day dinner"],
    },
    M.conflicts,
  ],
  ["one side of a conflict", { pkg: "visionary", benefits: ["Keynote stage introduction"] }, null],
  [
    "package-only benefit with the wrong package",
    { pkg: "sustainability", benefits: ["Support for a developer in residence"] },
    M.packageOnlyWrongPackage,
  ],
  [
    "a benefit at hard capacity",
    {
      pkg: "partner",
      benefits: ["Logo on the python.org sponsors page"],
      aLaCarte: ["Coffee break sponsorship"],
    },
    M.noCapacity,
  ],
  [
    "a benefit past soft capacity is fine",
    { pkg: "supporting", benefits: ["Booth in the PyCon US expo hall"] },
    null,
  ],
  [
    "an unavailable benefit is not offered",
    { pkg: "visionary", benefits: ["Language summit sponsorship"] },
    "invalid",
  ],
  [
    "a standalone benefit sent as à la carte",
    {
      pkg: "partner",
      benefits: ["Logo on the python.org sponsors page"],
      aLaCarte: ["Typing summit sponsorship"],
    },
    "invalid",
  ],
];

describe("application rules (§5.4)", () => {
  it.each(rows)("%s", async (_label, pick, expected) => {
    const selection = {
      packageId: pick.pkg ? pkgs.get(pick.pkg)! : null,
      benefits: (pick.benefits ?? []).map(id),
      aLaCarte: (pick.aLaCarte ?? []).map(id),
      standalone: (pick.standalone ?? []).map(id),
    };
    const { benefits, packages } = ruleMaps(config);
    const message = validateBenefitSelection(selection, benefits, packages);
    if (expected === "invalid")
      expect(message).toMatch(/^Select a valid choice\. \d+ is not one of the available choices\.$/);
    else expect(message).toBe(expected);
  });

  it("the package-only rule names the missing package when the benefit is picked à la carte-less", () => {
    const { benefits, packages } = ruleMaps(config);
    const rule = benefits.get(id("Support for a developer in residence"))!;
    expect(rule.packageOnly).toBe(true);
    const msg = validateBenefitSelection(
      { packageId: null, benefits: [rule.id], aLaCarte: [], standalone: [] },
      benefits,
      packages,
    );
    expect(msg).toBe(M.packageRequired);
  });

  it("a hard capacity counts the sponsorships already holding the benefit", async () => {
    const before = config.benefits.find((b) => b.name === "Logo on the conference lanyards")!;
    expect(before.rule.remainingCapacity).toBe(1);
    const sponsor = await db.sponsor.create({ data: { name: `Rules test sponsor ${YEAR}` } });
    try {
      const sp = await db.sponsorship.create({ data: { sponsorId: sponsor.id, year: YEAR } });
      await db.sponsorBenefit.create({
        data: {
          sponsorshipId: sp.id,
          sponsorshipBenefitId: before.id,
          programName: "PyCon US",
          name: before.name,
        },
      });
      const after = (await getApplicationConfig(YEAR)).benefits.find((b) => b.id === before.id)!;
      expect(after.rule.remainingCapacity).toBe(0);
      const { benefits, packages } = ruleMaps(await getApplicationConfig(YEAR));
      const sel = {
        packageId: pkgs.get("partner")!,
        benefits: [id("Logo on the python.org sponsors page")],
        aLaCarte: [before.id],
        standalone: [],
      };
      expect(validateBenefitSelection(sel, benefits, packages)).toBe(M.noCapacity);
    } finally {
      await db.sponsor.delete({ where: { id: sponsor.id } });
      await db.sponsorship.deleteMany({ where: { year: YEAR, sponsorId: null } });
    }
  });

  it("package customization: all plain benefits and one of each conflict group is the package as sold", () => {
    const pkg = config.packages.find((p) => p.slug === "visionary")!;
    const pkgBenefits = config.benefits.filter((b) => b.rule.packageIds.includes(pkg.id)).map((b) => b.rule);
    const plain = pkgBenefits.filter((b) => b.conflicts.length === 0).map((b) => b.id);
    expect(hasUserCustomization(pkgBenefits, [...plain, id("Keynote stage introduction")])).toBe(false);
    expect(hasUserCustomization(pkgBenefits, plain)).toBe(true);
    expect(hasUserCustomization(pkgBenefits, [...plain.slice(1), id("Lightning talk sponsorship")])).toBe(
      true,
    );
    expect(
      hasUserCustomization(pkgBenefits, [...plain, id("Keynote stage introduction"), id("Job fair table")]),
    ).toBe(true);
  });
});
