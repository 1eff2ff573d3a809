import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { recordAudit, type AuditOrigin } from "@/lib/platform/audit";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db, type Prisma } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sendMail } from "@/lib/platform/mail";
import { safeFileName, sniffContentType, storage } from "@/lib/platform/storage";
import { PSF_SPONSORS_EMAIL, sponsorsTags } from "@/lib/sponsors/constants";
import { tieredName } from "@/lib/sponsors/utils";
import { getContractSponsorship, type ContractSponsorship } from "./data";
import { agreementDocx, agreementPdf } from "./document/services";
import { agreement, TYPES } from "./render/services";
import {
  benefitsAndClauses,
  canMoveContract,
  CONTRACT_LOG,
  contractFileName,
  contractStatusError,
  SIGNED_DOCUMENT_REQUIRED,
  sponsorContact,
  sponsorInfo,
} from "./utils";

type Tx = Prisma.TransactionClient;
export type Actor = { actorId: number | null; origin?: AuditOrigin };
export type UploadedFile = { name: string; bytes: Uint8Array };

const today = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
};

async function audit(
  action: string,
  contractId: number,
  message: string,
  actor: Actor,
  sponsorshipId?: number | null,
) {
  await recordAudit({
    action: `sponsors.contract.${action}`,
    actorId: actor.actorId,
    targetType: "contract",
    targetId: contractId,
    ip: actor.origin?.ip,
    userAgent: actor.origin?.userAgent,
    detail: { message, sponsorshipId: sponsorshipId ?? null },
  });
}

/**
 * Sponsor pages, the logo API and the dashboard read the sponsorships a contract moves. At once,
 * not stale-while-revalidate: executing a contract finalizes the sponsorship, and the next
 * visitor of /psf/sponsors/ or /downloads/ must see the logo (one served stale copy would not).
 */
const afterWrite = () => revalidateDomain([sponsorsTags.sponsors], { mode: "immediate" });

/** Contract.new: the snapshot of the sponsor, its primary contact, the benefits and their clauses. */
export function contractFields(s: ContractSponsorship) {
  const { benefitsList, legalClauses } = benefitsAndClauses(
    s.benefits.map((b) => ({
      programName: b.programName,
      displayName: tieredName(b.name, b.features[0], s.packageId),
      clauseIds: b.sponsorshipBenefit?.legalClauses.map((c) => c.legalClause.id) ?? [],
    })),
    s.benefits.flatMap((b) => b.sponsorshipBenefit?.legalClauses.map((c) => c.legalClause) ?? []),
  );
  return {
    sponsorInfo: s.sponsor ? sponsorInfo(s.sponsor) : "",
    sponsorContact: sponsorContact(s.sponsor?.contacts[0]),
    benefitsList,
    legalClauses,
  };
}

/** A draft contract for a just-approved sponsorship (ApproveSponsorshipApplicationUseCase); revision 1. */
export async function createDraftContract(tx: Tx, sponsorshipId: number) {
  const s = await getContractSponsorship(tx, sponsorshipId);
  if (!s) throw new AppError("not_found", "Sponsorship not found.");
  await tx.contract.deleteMany({ where: { sponsorshipId, status: "draft" } });
  return tx.contract.create({
    data: { sponsorshipId, status: "draft", revision: 1, ...contractFields(s) },
    select: { id: true },
  });
}

async function load(id: number) {
  const row = await db.contract.findUnique({
    where: { id },
    select: { id: true, status: true, revision: true, sponsorshipId: true },
  });
  if (!row) throw new AppError("not_found", "Contract not found.");
  return row;
}

export type ContractDraftInput = {
  sponsorInfo: string;
  sponsorContact: string;
  benefitsList: string;
  legalClauses: string;
};

/** The contract change form: only a draft is edited, and each save is a new revision. */
export async function updateContractDraft(id: number, input: ContractDraftInput, actor: Actor) {
  const row = await load(id);
  if (row.status !== "draft") throw new AppError("conflict", contractStatusError(row.status, "edited"));
  const updated = await db.contract.updateMany({
    where: { id, status: "draft", revision: row.revision },
    data: { ...input, revision: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("conflict", "The contract changed meanwhile; reload it.");
  await audit("updated", id, CONTRACT_LOG.updated, actor, row.sponsorshipId);
  return row.revision + 1;
}

/**
 * SendContractUseCase: the final PDF and DOCX stored under an unguessable name
 * (set_final_version), status awaiting signature, the PDF mailed to the PSF; "Contract Sent".
 */
export async function sendContract(id: number, actor: Actor) {
  const row = await load(id);
  if (!canMoveContract(row.status, "awaiting_signature"))
    throw new AppError("conflict", contractStatusError(row.status, "sent"));
  const { doc, sponsorship } = await agreement(row.sponsorshipId!);
  const [pdf, docx] = await Promise.all([agreementPdf(doc), agreementDocx(doc)]);
  const token = randomBytes(16).toString("hex");
  const stem = safeFileName(`sow-${sponsorship.sponsor?.name ?? "sponsor"}`).slice(0, 60);
  const pdfKey = `sponsors/contracts/${stem}-${token}.pdf`;
  const docxKey = `sponsors/contracts/docx/${stem}-${token}.docx`;
  await storage().put(pdfKey, pdf, TYPES.pdf);
  await storage().put(docxKey, docx, TYPES.docx);
  const moved = await db.contract.updateMany({
    where: { id, status: row.status },
    data: { status: "awaiting_signature", document: pdfKey, documentDocx: docxKey, sentOn: today() },
  });
  if (moved.count === 0) throw new AppError("conflict", "The contract changed meanwhile; reload it.");
  const name = sponsorship.sponsor?.name ?? `Sponsorship ${sponsorship.id}`;
  await sendMail({
    to: PSF_SPONSORS_EMAIL,
    subject: `STATEMENT OF WORK for ${name}`,
    text: `STATEMENT OF WORK\n\n${name} (${sponsorship.levelNameOld || "custom"}, ${sponsorship.year ?? ""}): the contract is attached and awaits the sponsor's signature.\n`,
    attachments: [
      {
        filename: contractFileName(name, Boolean(sponsorship.renewal), "pdf"),
        content: pdf,
        contentType: TYPES.pdf,
      },
    ],
  });
  await audit("sent", id, CONTRACT_LOG.sent, actor, row.sponsorshipId);
  await afterWrite();
  return { document: pdfKey, documentDocx: docxKey };
}

/** The signed document is required and must be a PDF ("You must submit the signed contract…"). */
export function checkSignedDocument(file: UploadedFile | null): asserts file is UploadedFile {
  if (!file || file.bytes.length === 0)
    throw new AppError("validation_failed", SIGNED_DOCUMENT_REQUIRED, {
      fields: { signedDocument: [SIGNED_DOCUMENT_REQUIRED] },
    });
  if (sniffContentType(file.bytes) !== "application/pdf")
    throw new AppError("validation_failed", "The signed contract must be a PDF.", {
      fields: { signedDocument: ["The signed contract must be a PDF."] },
    });
}

/** The signed document stored under `sponsors/contracts/signed/<uuid>.pdf`. */
async function storeSigned(file: UploadedFile | null): Promise<string> {
  checkSignedDocument(file);
  const key = `sponsors/contracts/signed/${randomUUID()}.pdf`;
  await storage().put(key, file.bytes, "application/pdf");
  return key;
}

/**
 * ExecuteContractUseCase (force: ExecuteExistingContractUseCase): signed document stored,
 * executed, sponsorship finalized and locked, and the sponsor's other enabled sponsorships active
 * on this one's start date marked as overlapped by it.
 */
export async function executeContract(id: number, signed: UploadedFile | null, actor: Actor, force = false) {
  const row = await load(id);
  if (!force && !canMoveContract(row.status, "executed"))
    throw new AppError("conflict", contractStatusError(row.status, "executed"));
  if (force && (row.status === "executed" || row.status === "outdated"))
    throw new AppError("conflict", contractStatusError(row.status, "executed"));
  const key = await storeSigned(signed);
  const now = today();
  await db.$transaction(async (tx) => {
    const moved = await tx.contract.updateMany({
      where: { id, status: row.status },
      data: { status: "executed", signedDocument: key },
    });
    if (moved.count === 0) throw new AppError("conflict", "The contract changed meanwhile; reload it.");
    const s = await tx.sponsorship.update({
      where: { id: row.sponsorshipId! },
      data: { status: "finalized", locked: true, finalizedOn: now },
      select: { id: true, sponsorId: true, startDate: true },
    });
    if (s.sponsorId !== null && s.startDate)
      await tx.sponsorship.updateMany({
        where: {
          sponsorId: s.sponsorId,
          id: { not: s.id },
          status: "finalized",
          overlappedById: null,
          startDate: { lte: s.startDate },
          endDate: { gte: s.startDate },
          AND: [{ startDate: { lte: now } }, { endDate: { gte: now } }],
        },
        data: { overlappedById: s.id },
      });
  });
  await audit(
    force ? "existing_executed" : "executed",
    id,
    force ? CONTRACT_LOG.existingExecuted : CONTRACT_LOG.executed,
    actor,
    row.sponsorshipId,
  );
  await afterWrite();
}

/** NullifyContractUseCase: awaiting signature → nullified. */
export async function nullifyContract(id: number, actor: Actor) {
  const row = await load(id);
  if (!canMoveContract(row.status, "nullified"))
    throw new AppError("conflict", contractStatusError(row.status, "nullified"));
  await db.contract.updateMany({ where: { id, status: row.status }, data: { status: "nullified" } });
  await audit("nullified", id, CONTRACT_LOG.nullified, actor, row.sponsorshipId);
  await afterWrite();
}

/** A nullified contract back to draft for another revision (nullified → draft, revision + 1). */
export async function contractBackToDraft(id: number, actor: Actor) {
  const row = await load(id);
  if (!canMoveContract(row.status, "draft"))
    throw new AppError("conflict", contractStatusError(row.status, "moved back to draft"));
  await db.contract.updateMany({
    where: { id, status: row.status },
    data: { status: "draft", revision: { increment: 1 }, document: "", documentDocx: "", sentOn: null },
  });
  await audit("draft", id, CONTRACT_LOG.draft, actor, row.sponsorshipId);
  await afterWrite();
}
