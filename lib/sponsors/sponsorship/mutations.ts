import "server-only";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db, type Prisma } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import {
  APPLICATION_MESSAGES,
  SPONSORSHIP_LOG,
  sponsorsTags,
  STATUS_LABELS,
  CONTRACT_STATUS_LABELS,
} from "@/lib/sponsors/constants";
import type { SponsorshipStatusName } from "@/lib/sponsors/types";
import { hasUserCustomization, nextStatus } from "@/lib/sponsors/utils";
import { createDraftContract } from "@/lib/sponsors/contracts/mutations";
import { notifyRejection } from "./services";
import { ASSET_TYPE, featureData } from "./utils";

type Tx = Prisma.TransactionClient;
type Actor = { actorId: number | null; origin?: AuditOrigin };

const today = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
};

/** A status change moves a logo on or off the sponsor pages: the next request sees it (as contracts do). */
const afterWrite = () => revalidateDomain([sponsorsTags.sponsors], { mode: "immediate" });

async function audit(
  action: string,
  id: number,
  message: string,
  actor: Actor,
  extra: Record<string, string | number | boolean | null> = {},
) {
  await recordAudit({
    action: `sponsors.sponsorship.${action}`,
    actorId: actor.actorId,
    targetType: "sponsorship",
    targetId: id,
    ip: actor.origin?.ip,
    userAgent: actor.origin?.userAgent,
    detail: { message, ...extra },
  });
}

/**
 * SponsorBenefit.new_copy: snapshot a configured benefit onto a sponsorship, with one feature per
 * configuration and the GenericAsset each asset configuration needs on the sponsor or the
 * sponsorship (created once per internal name).
 */
export async function copyBenefit(
  tx: Tx,
  sponsorship: { id: number; sponsorId: number | null; packageId: number | null },
  benefitId: number,
  addedByUser: boolean,
  existingId?: number,
) {
  const b = await tx.sponsorshipBenefit.findUniqueOrThrow({
    where: { id: benefitId },
    include: { program: true, featureConfigs: { orderBy: { id: "asc" } } },
  });
  const data = {
    sponsorshipBenefitId: b.id,
    programName: b.program.name,
    programId: b.programId,
    name: b.name,
    description: b.description,
    benefitInternalValue: b.internalValue,
    standalone: b.standalone,
    order: b.order,
  };
  const sb = existingId
    ? await tx.sponsorBenefit.update({ where: { id: existingId }, data })
    : await tx.sponsorBenefit.create({ data: { ...data, sponsorshipId: sponsorship.id, addedByUser } });
  if (existingId) await tx.benefitFeature.deleteMany({ where: { sponsorBenefitId: sb.id } });
  for (const { id: _id, legacyId: _l, benefitId: _b, ...cfg } of b.featureConfigs) {
    const feature = featureData(cfg, sponsorship.packageId);
    if (!feature) continue;
    await tx.benefitFeature.create({ data: { ...feature, sponsorBenefitId: sb.id } });
    const type = ASSET_TYPE[cfg.kind];
    if (!type || !cfg.internalName || (cfg.kind.startsWith("provided") && cfg.shared)) continue;
    const owner =
      cfg.relatedTo === "sponsor" && sponsorship.sponsorId !== null
        ? { sponsorId: sponsorship.sponsorId }
        : { sponsorshipId: sponsorship.id };
    const exists = await tx.genericAsset.findFirst({
      where: { ...owner, internalName: cfg.internalName },
      select: { id: true },
    });
    if (!exists) await tx.genericAsset.create({ data: { ...owner, type, internalName: cfg.internalName } });
  }
  return sb;
}

export type NewSponsorshipInput = {
  sponsorId: number;
  packageId: number | null;
  /** Every benefit picked (package, à la carte and standalone), already validated. */
  benefitIds: number[];
  submittedById: number | null;
  year: number;
};

/**
 * Sponsorship.new (§5.4 step 4): refuses a sponsor with an application in progress, records the
 * package's fee, flags a customized or package-less application, and snapshots each benefit
 * (added_by_user when it is not one of a customized package's).
 */
export async function createSponsorship(input: NewSponsorshipInput, tx?: Tx) {
  const run = async (t: Tx) => {
    const sponsor = await t.sponsor.findUniqueOrThrow({
      where: { id: input.sponsorId },
      select: { id: true, name: true },
    });
    const open = await t.sponsorship.count({
      where: { sponsorId: sponsor.id, status: { in: ["applied", "approved"] } },
    });
    if (open > 0) {
      const message = APPLICATION_MESSAGES.openApplication(sponsor.name);
      throw new AppError("conflict", message, { fields: { sponsorId: [message] } });
    }
    const pkg = input.packageId
      ? await t.sponsorshipPackage.findUniqueOrThrow({
          where: { id: input.packageId },
          select: {
            id: true,
            name: true,
            sponsorshipAmount: true,
            benefits: {
              select: { benefit: { select: { id: true, conflicts: { select: { toId: true } } } } },
            },
          },
        })
      : null;
    const packageBenefits =
      pkg?.benefits.map((b) => ({ id: b.benefit.id, conflicts: b.benefit.conflicts.map((c) => c.toId) })) ??
      [];
    const customized = pkg ? hasUserCustomization(packageBenefits, input.benefitIds) : true;
    const inPackage = new Set(customized && pkg ? packageBenefits.map((b) => b.id) : []);
    const sponsorship = await t.sponsorship.create({
      data: {
        sponsorId: sponsor.id,
        submittedById: input.submittedById,
        packageId: pkg?.id ?? null,
        levelNameOld: pkg?.name ?? "",
        sponsorshipFee: pkg?.sponsorshipAmount ?? null,
        forModifiedPackage: customized,
        year: input.year,
        appliedOn: today(),
      },
      select: { id: true, sponsorId: true, packageId: true },
    });
    for (const id of input.benefitIds)
      await copyBenefit(t, sponsorship, id, customized && !inPackage.has(id));
    return sponsorship;
  };
  const row = tx ? await run(tx) : await db.$transaction(run, { timeout: 30_000 });
  await audit("created", row.id, SPONSORSHIP_LOG.created, { actorId: input.submittedById });
  await afterWrite();
  return row;
}

async function load(id: number) {
  const row = await db.sponsorship.findUnique({
    where: { id },
    select: { id: true, status: true, contract: { select: { id: true, status: true } } },
  });
  if (!row) throw new AppError("not_found", "Sponsorship not found.");
  return row;
}

function refuse(verb: string, status: SponsorshipStatusName): never {
  throw new AppError("conflict", `Can't ${verb} a ${STATUS_LABELS[status]} sponsorship.`);
}

export type ApproveInput = {
  startDate: Date;
  endDate: Date;
  packageId: number;
  sponsorshipFee: number;
  renewal: boolean;
};

/**
 * ApproveSponsorshipApplicationUseCase: applied → approved with its dates, package, fee and
 * renewal flag, locked, and a draft contract (§5.3, §5.5). End must be after start.
 */
export async function approveSponsorship(id: number, input: ApproveInput, actor: Actor) {
  const row = await load(id);
  if (!nextStatus(row.status).includes("approved")) refuse("approve", row.status);
  if (input.startDate >= input.endDate)
    throw new AppError("validation_failed", "Start date greater or equal than end date", {
      fields: { endDate: ["End date must be after the start date."] },
    });
  await db.$transaction(async (tx) => {
    const pkg = await tx.sponsorshipPackage.findUnique({
      where: { id: input.packageId },
      select: { name: true },
    });
    if (!pkg)
      throw new AppError("validation_failed", "Unknown package.", {
        fields: { packageId: ["Select a valid choice."] },
      });
    await tx.sponsorship.update({
      where: { id },
      data: {
        status: "approved",
        locked: true,
        startDate: input.startDate,
        endDate: input.endDate,
        approvedOn: today(),
        packageId: input.packageId,
        levelNameOld: pkg.name,
        sponsorshipFee: input.sponsorshipFee,
        renewal: input.renewal,
      },
    });
    await createDraftContract(tx, id);
  });
  await audit("approved", id, SPONSORSHIP_LOG.approved, actor);
  await audit("contract_created", id, SPONSORSHIP_LOG.contractCreated, actor);
  await afterWrite();
}

/** RejectSponsorshipApplicationUseCase: applied → rejected, locked, rejected_on today. */
export async function rejectSponsorship(id: number, actor: Actor) {
  const row = await load(id);
  if (!nextStatus(row.status).includes("rejected")) refuse("reject", row.status);
  await db.sponsorship.update({
    where: { id },
    data: { status: "rejected", locked: true, rejectedOn: today() },
  });
  await audit("rejected", id, SPONSORSHIP_LOG.rejected, actor);
  await afterWrite();
  await notifyRejection(id);
}

/**
 * Sponsorship.rollback_to_editing: applied, approved or rejected back to applied; a draft contract
 * is deleted, any other contract refuses it.
 */
export async function rollbackSponsorship(id: number, actor: Actor) {
  const row = await load(id);
  if (!["applied", "approved", "rejected"].includes(row.status)) refuse("rollback to edit", row.status);
  if (row.contract && row.contract.status !== "draft")
    throw new AppError(
      "conflict",
      `Can't rollback to edit a sponsorship with a ${CONTRACT_STATUS_LABELS[row.contract.status]} Contract.`,
    );
  await db.$transaction([
    db.contract.deleteMany({ where: { sponsorshipId: id } }),
    db.sponsorship.update({ where: { id }, data: { status: "applied", approvedOn: null, rejectedOn: null } }),
  ]);
  await audit("rolled_back", id, SPONSORSHIP_LOG.rolledBack, actor);
  await afterWrite();
}

/** The admin's lock / unlock buttons: only the flag changes. */
export async function setSponsorshipLocked(id: number, locked: boolean, actor: Actor) {
  await load(id);
  await db.sponsorship.update({ where: { id }, data: { locked } });
  await audit(
    locked ? "locked" : "unlocked",
    id,
    locked ? SPONSORSHIP_LOG.locked : SPONSORSHIP_LOG.unlocked,
    actor,
  );
}

/**
 * SponsorBenefit.reset_attributes ("update related sponsorships"): re-copy the configured benefit
 * onto the chosen sponsorships' snapshots and regenerate their features; asset values stay.
 */
export async function updateRelatedSponsorships(benefitId: number, sponsorshipIds: number[], actor: Actor) {
  const rows = await db.sponsorBenefit.findMany({
    where: { sponsorshipBenefitId: benefitId, sponsorshipId: { in: sponsorshipIds } },
    select: {
      id: true,
      addedByUser: true,
      sponsorship: { select: { id: true, sponsorId: true, packageId: true } },
    },
  });
  await db.$transaction(async (tx) => {
    for (const r of rows) await copyBenefit(tx, r.sponsorship, benefitId, r.addedByUser, r.id);
  });
  for (const r of rows)
    await audit("benefit_updated", r.sponsorship.id, "Benefit updated from its configuration", actor, {
      benefitId,
    });
  await afterWrite();
  return rows.length;
}
