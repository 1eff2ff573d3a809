/** The configuration admin's writes (§5.1, §5.9): symmetrical conflicts, slug per year, one internal name per kind. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { BenefitInput } from "./schema";
import { deleteFeatureConfig, saveBenefit, saveFeatureConfig, savePackage, saveProgram } from "./mutations";

const YEAR = 2047;
let programId: number;

async function drop() {
  await db.sponsorshipBenefit.deleteMany({ where: { year: YEAR } });
  await db.sponsorshipPackage.deleteMany({ where: { year: YEAR } });
  await db.sponsorshipProgram.deleteMany({ where: { name: "Catalog test program" } });
}
beforeAll(async () => {
  await drop();
  programId = (await saveProgram(undefined, { name: "Catalog test program", description: "", order: 99 })).id;
});
afterAll(drop);

const benefit = (over: Partial<BenefitInput>): BenefitInput => ({
  name: "B",
  description: "",
  programId,
  year: YEAR,
  packageIds: [],
  packageOnly: false,
  new: false,
  unavailable: false,
  standalone: false,
  internalDescription: "",
  internalValue: null,
  capacity: null,
  softCapacity: false,
  legalClauseIds: [],
  conflictIds: [],
  order: 0,
  ...over,
});
const pkg = {
  name: "Gold",
  slug: "catalog-gold",
  sponsorshipAmount: 1000,
  advertise: true,
  logoDimension: 175,
  year: YEAR,
  allowALaCarte: true,
  order: 0,
};

describe("configuration writes", () => {
  it("refuses a second package with the same slug in the same year, on the slug", async () => {
    await savePackage(undefined, pkg);
    await expect(savePackage(undefined, { ...pkg, name: "Gold again" })).rejects.toMatchObject({
      code: "conflict",
      fields: { slug: ["Sponsorship package with this Slug and Year already exists."] },
    });
    // The same slug another year is fine, and saving a package keeps its own slug.
    const other = await savePackage(undefined, { ...pkg, year: YEAR - 1 });
    await db.sponsorshipPackage.delete({ where: { id: other.id } });
  });

  it("stores conflicts in both directions, and removes both when one side drops it", async () => {
    const a = await saveBenefit(undefined, benefit({ name: "Keynote" }));
    const b = await saveBenefit(undefined, benefit({ name: "Lightning talk", conflictIds: [a.id] }));
    const pairs = async () =>
      (
        await db.sponsorshipBenefitConflict.findMany({
          where: { OR: [{ fromId: { in: [a.id, b.id] } }, { toId: { in: [a.id, b.id] } }] },
          orderBy: [{ fromId: "asc" }],
        })
      ).map((c) => [c.fromId, c.toId]);
    expect(await pairs()).toEqual([
      [a.id, b.id],
      [b.id, a.id],
    ]);
    await saveBenefit(a.id, benefit({ name: "Keynote", conflictIds: [] }));
    expect(await pairs()).toEqual([]);
  });

  it("keeps one internal name per configuration kind, and clears another kind's columns on a change", async () => {
    const b = await saveBenefit(undefined, benefit({ name: "Blog post" }));
    const asset = {
      relatedTo: "sponsorship" as const,
      internalName: "catalog_blog_2047",
      label: "Text",
      helpText: "",
    };
    const cfg = await saveFeatureConfig(b.id, undefined, {
      kind: "required_text_asset",
      ...asset,
      dueDate: null,
      maxLength: 300,
    });
    await expect(
      saveFeatureConfig(b.id, undefined, {
        kind: "required_text_asset",
        ...asset,
        dueDate: null,
        maxLength: null,
      }),
    ).rejects.toMatchObject({ code: "conflict", fields: { internalName: [expect.any(String)] } });
    // Another kind may use the name (Django: unique per configuration model).
    const provided = await saveFeatureConfig(b.id, undefined, {
      kind: "provided_text_asset",
      ...asset,
      shared: true,
      sharedText: "Hi",
    });
    await saveFeatureConfig(b.id, cfg.id, {
      kind: "logo_placement",
      publisher: "psf",
      logoPlace: "jobs",
      linkToSponsorsPage: false,
      describeAsSponsor: true,
    });
    expect(await db.benefitFeatureConfiguration.findUniqueOrThrow({ where: { id: cfg.id } })).toMatchObject({
      kind: "logo_placement",
      logoPlace: "jobs",
      describeAsSponsor: true,
      internalName: null,
      maxLength: null,
      label: null,
    });
    await deleteFeatureConfig(b.id, provided.id);
    expect(await db.benefitFeatureConfiguration.count({ where: { benefitId: b.id } })).toBe(1);
  });

  it("will not change or delete a configuration through another benefit", async () => {
    const a = await saveBenefit(undefined, benefit({ name: "Owner" }));
    const other = await saveBenefit(undefined, benefit({ name: "Stranger" }));
    const cfg = await saveFeatureConfig(a.id, undefined, { kind: "email_targetable" });
    await expect(deleteFeatureConfig(other.id, cfg.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.benefitFeatureConfiguration.count({ where: { id: cfg.id } })).toBe(1);
  });
});
