/** SponsorBenefitInline (§5.9): benefits of the sponsorship's year, regenerated features, editing only while open. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { seedSponsorConfig } from "@/tests/factories/sponsors-config";
import { BENEFITS, PACKAGES, PROGRAMS } from "@/tests/factories/sponsors-data";
import { createSponsorship } from "@/lib/sponsors/sponsorship/mutations";
import { addSponsorBenefit, changeSponsorBenefit, removeSponsorBenefit } from "./mutations";

const YEAR = 2041;
const actor = { actorId: null };
let ids: Map<string, number>;
let sponsorshipId: number;

async function drop() {
  await db.sponsorship.deleteMany({ where: { year: YEAR } });
  await db.sponsor.deleteMany({ where: { name: "Inline test sponsor" } });
  await db.sponsorshipBenefit.deleteMany({ where: { year: { in: [YEAR, YEAR - 1] } } });
  await db.sponsorshipPackage.deleteMany({ where: { year: { in: [YEAR, YEAR - 1] } } });
}
beforeAll(async () => {
  await drop();
  ids = (await seedSponsorConfig(db, YEAR, PROGRAMS, PACKAGES, BENEFITS, [])).benefitIds;
  await seedSponsorConfig(db, YEAR - 1, PROGRAMS, PACKAGES, BENEFITS.slice(0, 2), []);
  const sponsor = await db.sponsor.create({ data: { name: "Inline test sponsor" } });
  sponsorshipId = (
    await createSponsorship({
      sponsorId: sponsor.id,
      packageId: null,
      benefitIds: [ids.get("Logo on the python.org sponsors page")!],
      submittedById: null,
      year: YEAR,
    })
  ).id;
});
afterAll(drop);

const kinds = (sponsorBenefitId: number) =>
  db.benefitFeature
    .findMany({ where: { sponsorBenefitId }, select: { kind: true, logoPlace: true } })
    .then((r) => r.map((f) => `${f.kind}:${f.logoPlace}`));

describe("the sponsorship's benefit inline", () => {
  it("adds a benefit of the sponsorship's year with its features, and refuses another year's", async () => {
    const row = await addSponsorBenefit(sponsorshipId, ids.get("Logo on the job board")!, actor);
    expect(await kinds(row.id)).toEqual(["logo_placement:jobs"]);
    const lastYears = await db.sponsorshipBenefit.findFirstOrThrow({
      where: { year: YEAR - 1 },
      select: { id: true },
    });
    await expect(addSponsorBenefit(sponsorshipId, lastYears.id, actor)).rejects.toMatchObject({
      code: "validation_failed",
      fields: { benefitId: [expect.stringContaining("Select a valid choice.")] },
    });
  });

  it("choosing another template benefit regenerates the features; the internal value is the staff's figure", async () => {
    const sb = await db.sponsorBenefit.findFirstOrThrow({
      where: { sponsorshipId, name: "Logo on the job board" },
      select: { id: true },
    });
    await changeSponsorBenefit(
      sponsorshipId,
      sb.id,
      { benefitId: ids.get("Logo beside the python.org downloads")!, internalValue: 1234 },
      actor,
    );
    const after = await db.sponsorBenefit.findUniqueOrThrow({ where: { id: sb.id } });
    expect(after).toMatchObject({ name: "Logo beside the python.org downloads", benefitInternalValue: 1234 });
    expect(await kinds(sb.id)).toEqual(["logo_placement:download"]);
  });

  it("refuses changes once the sponsorship is approved and locked, and allows them unlocked", async () => {
    await db.sponsorship.update({ where: { id: sponsorshipId }, data: { status: "approved", locked: true } });
    const sb = await db.sponsorBenefit.findFirstOrThrow({ where: { sponsorshipId }, select: { id: true } });
    await expect(removeSponsorBenefit(sponsorshipId, sb.id, actor)).rejects.toMatchObject({
      code: "conflict",
    });
    await db.sponsorship.update({ where: { id: sponsorshipId }, data: { locked: false } });
    await removeSponsorBenefit(sponsorshipId, sb.id, actor);
    expect(await db.sponsorBenefit.count({ where: { id: sb.id } })).toBe(0);
  });
});
