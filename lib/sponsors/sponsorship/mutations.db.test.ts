/** §8.4 models and use cases: Sponsorship.new, the §5.3 state machine and the managers. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { seedSponsorConfig } from "@/tests/factories/sponsors-config";
import { BENEFITS, PACKAGES, PROGRAMS } from "@/tests/factories/sponsors-data";
import { enabledWhere, visibleToWhere } from "./data";
import {
  approveSponsorship,
  createSponsorship,
  rejectSponsorship,
  rollbackSponsorship,
  setSponsorshipLocked,
  updateRelatedSponsorships,
} from "./mutations";

const YEAR = 2045;
const actor = { actorId: null };
let pkgs: Map<string, number>;
let ids: Map<string, number>;
let userId: number;
const sponsorIds: number[] = [];

async function drop() {
  await db.sponsorship.deleteMany({ where: { year: YEAR } });
  await db.sponsor.deleteMany({ where: { name: { startsWith: "Workflow test " } } });
  await db.sponsorshipBenefit.deleteMany({ where: { year: YEAR } });
  await db.sponsorshipPackage.deleteMany({ where: { year: YEAR } });
  await db.user.deleteMany({ where: { username: "sponsors-workflow-test" } });
}

beforeAll(async () => {
  await drop();
  const made = await seedSponsorConfig(db, YEAR, PROGRAMS, PACKAGES, BENEFITS, []);
  pkgs = made.packageIds;
  ids = made.benefitIds;
  userId = (
    await db.user.create({ data: { username: "sponsors-workflow-test", email: "workflow@example.org" } })
  ).id;
});
afterAll(drop);

async function sponsor(name: string) {
  const s = await db.sponsor.create({ data: { name: `Workflow test ${name}` } });
  sponsorIds.push(s.id);
  return s.id;
}
const packageBenefits = (slug: string) =>
  db.sponsorshipBenefitPackage
    .findMany({ where: { packageId: pkgs.get(slug)! }, select: { benefitId: true } })
    .then((r) => r.map((b) => b.benefitId));
const b = (name: string) => ids.get(name)!;

describe("Sponsorship.new", () => {
  it("a package as sold: its fee, level and year, no benefit added by the user", async () => {
    const benefits = (await packageBenefits("partner")).filter((x) => x !== b("Lightning talk sponsorship"));
    const sp = await createSponsorship({
      sponsorId: await sponsor("sold"),
      packageId: pkgs.get("partner")!,
      benefitIds: benefits,
      submittedById: userId,
      year: YEAR,
    });
    const row = await db.sponsorship.findUniqueOrThrow({ where: { id: sp.id }, include: { benefits: true } });
    expect(row).toMatchObject({
      status: "applied",
      sponsorshipFee: 7_500,
      levelNameOld: "Partner",
      forModifiedPackage: false,
      year: YEAR,
      locked: false,
    });
    expect(row.benefits).toHaveLength(benefits.length);
    expect(row.benefits.every((x) => !x.addedByUser)).toBe(true);
  });

  it("a customized package flags the added benefit and snapshots its features and assets", async () => {
    const benefits = [...(await packageBenefits("partner")), b("Attendee bag insert")];
    const sp = await createSponsorship({
      sponsorId: await sponsor("custom"),
      packageId: pkgs.get("partner")!,
      benefitIds: benefits,
      submittedById: userId,
      year: YEAR,
    });
    const row = await db.sponsorship.findUniqueOrThrow({
      where: { id: sp.id },
      include: { benefits: { include: { features: true } }, assets: true },
    });
    expect(row.forModifiedPackage).toBe(true);
    const added = row.benefits.filter((x) => x.addedByUser).map((x) => x.name);
    expect(added).toEqual(["Attendee bag insert"]);
    const tier = row.benefits
      .find((x) => x.name === "Complimentary conference passes")!
      .features.filter((f) => f.kind === "tiered_benefit");
    expect(tier).toEqual([
      expect.objectContaining({ kind: "tiered_benefit", quantity: 1, packageId: pkgs.get("partner") }),
    ]);
    expect(row.assets.map((a) => a.internalName).sort()).toContain(`bag_insert_shipping_${YEAR}`);
  });

  it("without a package: no fee, every benefit added by the user", async () => {
    const sp = await createSponsorship({
      sponsorId: await sponsor("standalone"),
      packageId: null,
      benefitIds: [b("Typing summit sponsorship")],
      submittedById: userId,
      year: YEAR,
    });
    const row = await db.sponsorship.findUniqueOrThrow({ where: { id: sp.id }, include: { benefits: true } });
    expect(row).toMatchObject({ forModifiedPackage: true, sponsorshipFee: null });
    expect(row.benefits.every((x) => x.addedByUser && x.standalone)).toBe(true);
  });

  it("a sponsor with an application in progress cannot apply again", async () => {
    const sponsorId = await sponsor("twice");
    await createSponsorship({
      sponsorId,
      packageId: pkgs.get("associate")!,
      benefitIds: await packageBenefits("associate"),
      submittedById: userId,
      year: YEAR,
    });
    await expect(
      createSponsorship({
        sponsorId,
        packageId: pkgs.get("associate")!,
        benefitIds: await packageBenefits("associate"),
        submittedById: userId,
        year: YEAR,
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      message:
        "The sponsor Workflow test twice already have open Sponsorship applications. Get in contact with sponsors@python.org to discuss.",
    });
  });
});

describe("state machine (§5.3)", () => {
  const start = new Date(Date.UTC(YEAR, 0, 1));
  const end = new Date(Date.UTC(YEAR, 11, 31));
  const approve = (id: number, over: Partial<{ startDate: Date; endDate: Date }> = {}) =>
    approveSponsorship(
      id,
      {
        startDate: start,
        endDate: end,
        packageId: pkgs.get("supporting")!,
        sponsorshipFee: 14_000,
        renewal: true,
        ...over,
      },
      actor,
    );
  const fresh = async (name: string) =>
    (
      await createSponsorship({
        sponsorId: await sponsor(name),
        packageId: pkgs.get("associate")!,
        benefitIds: await packageBenefits("associate"),
        submittedById: userId,
        year: YEAR,
      })
    ).id;

  it("approve sets dates, package, fee, renewal, locks, and makes a draft contract; audited", async () => {
    const id = await fresh("approve");
    await approve(id);
    const row = await db.sponsorship.findUniqueOrThrow({ where: { id }, include: { contract: true } });
    expect(row).toMatchObject({
      status: "approved",
      locked: true,
      startDate: start,
      endDate: end,
      packageId: pkgs.get("supporting"),
      sponsorshipFee: 14_000,
      renewal: true,
      levelNameOld: "Supporting",
    });
    expect(row.approvedOn).not.toBeNull();
    expect(row.contract?.status).toBe("draft");
    const log = await db.auditLog.findMany({
      where: { targetType: "sponsorship", targetId: String(id) },
      orderBy: { id: "asc" },
    });
    expect(log.map((l) => (l.detail as { message: string }).message)).toEqual([
      "Sponsorship Application Created",
      "Sponsorship Approval",
      "Created After Sponsorship Approval",
    ]);
    await expect(approve(id)).rejects.toMatchObject({
      code: "conflict",
      message: "Can't approve a Approved sponsorship.",
    });
    await expect(rejectSponsorship(id, actor)).rejects.toMatchObject({
      message: "Can't reject a Approved sponsorship.",
    });
  });

  it("approve refuses an end date on or before the start", async () => {
    const id = await fresh("dates");
    await expect(approve(id, { endDate: start })).rejects.toMatchObject({
      code: "validation_failed",
      fields: { endDate: expect.any(Array) },
    });
    expect((await db.sponsorship.findUniqueOrThrow({ where: { id } })).status).toBe("applied");
  });

  it("reject locks and dates it; rollback brings it back to applied", async () => {
    const id = await fresh("reject");
    const before = new Date();
    await rejectSponsorship(id, actor);
    expect(await db.sponsorship.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "rejected",
      locked: true,
      rejectedOn: expect.any(Date),
    });
    // §5.5: the PSF and the sponsor (the submitter) are told.
    const submitter = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const mails = await db.emailLog.findMany({
      where: { createdAt: { gte: before }, subject: { startsWith: "REJECTED SPONSORSHIP" } },
      orderBy: { id: "asc" },
    });
    expect(mails.map((m) => [m.toAddrs, m.subject])).toEqual([
      [["psf-sponsors@python.org"], expect.stringMatching(/^REJECTED SPONSORSHIP from .*reject/)],
      [[submitter.email], "REJECTED SPONSORSHIP: your application to sponsor the Python Software Foundation"],
    ]);
    await rollbackSponsorship(id, actor);
    expect(await db.sponsorship.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "applied",
      rejectedOn: null,
      approvedOn: null,
    });
  });

  it("rollback deletes a draft contract, and is refused once the contract was sent or a sponsorship finalized", async () => {
    const id = await fresh("rollback");
    await approve(id);
    await rollbackSponsorship(id, actor);
    expect(await db.contract.count({ where: { sponsorshipId: id } })).toBe(0);
    await approve(id);
    await db.contract.update({ where: { sponsorshipId: id }, data: { status: "awaiting_signature" } });
    await expect(rollbackSponsorship(id, actor)).rejects.toMatchObject({
      message: "Can't rollback to edit a sponsorship with a Awaiting Signature Contract.",
    });
    await db.sponsorship.update({ where: { id }, data: { status: "finalized" } });
    await expect(rollbackSponsorship(id, actor)).rejects.toMatchObject({
      message: "Can't rollback to edit a Finalized sponsorship.",
    });
  });

  it("lock and unlock change only the flag", async () => {
    const id = await fresh("lock");
    await setSponsorshipLocked(id, true, actor);
    expect(await db.sponsorship.findUniqueOrThrow({ where: { id } })).toMatchObject({
      locked: true,
      status: "applied",
    });
    await setSponsorshipLocked(id, false, actor);
    expect((await db.sponsorship.findUniqueOrThrow({ where: { id } })).locked).toBe(false);
    await expect(setSponsorshipLocked(2_000_000_000, true, actor)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("update related sponsorships re-copies the benefit and keeps asset values", async () => {
    const id = await fresh("resync");
    const benefit = b("Organization account on PyPI");
    await db.genericAsset.updateMany({
      where: { sponsorshipId: id, internalName: `pypi_org_account_${YEAR}` },
      data: { response: "Yes" },
    });
    await db.sponsorshipBenefit.update({
      where: { id: benefit },
      data: { description: "Now with two admins." },
    });
    expect(await updateRelatedSponsorships(benefit, [id], actor)).toBe(1);
    const sb = await db.sponsorBenefit.findFirstOrThrow({
      where: { sponsorshipId: id, sponsorshipBenefitId: benefit },
      include: { features: true },
    });
    expect(sb.description).toBe("Now with two admins.");
    expect(sb.features.map((f) => f.kind)).toEqual(["required_response_asset"]);
    expect(
      (
        await db.genericAsset.findFirstOrThrow({
          where: { sponsorshipId: id, internalName: `pypi_org_account_${YEAR}` },
        })
      ).response,
    ).toBe("Yes");
  });
});

describe("managers (§5.2)", () => {
  it("enabled: finalized, in its dates, not overlapped; visible_to: submitter or contact, never rejected", async () => {
    const now = new Date(Date.UTC(YEAR, 5, 1, 12));
    const sponsorId = await sponsor("managers");
    const mk = (data: object) => db.sponsorship.create({ data: { sponsorId, year: YEAR, ...data } });
    const inRange = { startDate: new Date(Date.UTC(YEAR, 0, 1)), endDate: new Date(Date.UTC(YEAR, 11, 31)) };
    const on = await mk({ status: "finalized", ...inRange });
    const over = await mk({ status: "finalized", ...inRange, overlappedById: on.id });
    const past = await mk({
      status: "finalized",
      startDate: new Date(Date.UTC(YEAR - 1, 0, 1)),
      endDate: new Date(Date.UTC(YEAR - 1, 11, 31)),
    });
    const approved = await mk({ status: "approved", ...inRange });
    const mine = { in: [on.id, over.id, past.id, approved.id] };
    const enabled = await db.sponsorship.findMany({
      where: { id: mine, ...enabledWhere(now) },
      select: { id: true },
    });
    expect(enabled.map((r) => r.id)).toEqual([on.id]);
    const other = await db.user.create({
      data: { username: "sponsors-workflow-contact", email: "contact-wf@example.org" },
    });
    try {
      await db.sponsorContact.create({
        data: { sponsorId, userId: other.id, name: "C", email: "c@example.org", phone: "1" },
      });
      const rejected = await mk({ status: "rejected" });
      const visible = await db.sponsorship.findMany({
        where: { id: { in: [...mine.in, rejected.id] }, ...visibleToWhere(other.id) },
        select: { id: true },
      });
      expect(visible.map((r) => r.id)).not.toContain(rejected.id);
      expect(visible).toHaveLength(4);
      expect(await db.sponsorship.count({ where: { id: mine, ...visibleToWhere(userId) } })).toBe(0);
    } finally {
      await db.user.delete({ where: { id: other.id } });
    }
  });
});
