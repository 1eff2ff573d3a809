import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import {
  getContractSponsorship,
  getContractTemplate,
  previousEffectiveDate,
} from "@/lib/sponsors/contracts/data";
import { agreementDocx, agreementPdf } from "@/lib/sponsors/contracts/document/services";
import { renderAgreement } from "@/lib/sponsors/contracts/document/utils";
import { agreementContext, agreementTitle, contractFileName } from "@/lib/sponsors/contracts/utils";

/** The agreement of a contract's sponsorship as a document (the template, rendered with its values). */
export async function agreement(sponsorshipId: number) {
  const s = await getContractSponsorship(db, sponsorshipId);
  const contract = await db.contract.findUnique({ where: { sponsorshipId } });
  if (!s || !contract) throw new AppError("not_found", "Contract not found.");
  const { content } = await getContractTemplate();
  const previous = s.renewal ? await previousEffectiveDate(db, s.sponsorId) : null;
  try {
    const doc = await renderAgreement(
      content,
      agreementContext(s, contract, previous),
      agreementTitle(s.renewal),
    );
    return { doc, sponsorship: s };
  } catch (e) {
    throw new AppError(
      "conflict",
      `The agreement template does not render: ${e instanceof Error ? e.message : e}`,
    );
  }
}

export type RenderedContract = { bytes: Uint8Array; filename: string; contentType: string };
export const TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** The admin preview (`?format=pdf|docx`, §5.6): the agreement as it would be sent now. */
export async function renderContract(
  sponsorshipId: number,
  format: "pdf" | "docx",
): Promise<RenderedContract> {
  const { doc, sponsorship } = await agreement(sponsorshipId);
  const bytes = format === "pdf" ? await agreementPdf(doc) : await agreementDocx(doc);
  return {
    bytes,
    filename: contractFileName(sponsorship.sponsor?.name ?? "", Boolean(sponsorship.renewal), format),
    contentType: TYPES[format],
  };
}
