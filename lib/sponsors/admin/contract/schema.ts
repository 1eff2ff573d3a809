import { z } from "zod";
import { approveFormSchema } from "@/lib/sponsors/admin/schema";

const id = z.coerce.number().int().positive();

/** The contract buttons (ContractModelAdmin send, nullify; back to draft). */
export const contractOpSchema = z.object({
  id,
  sponsorshipId: id,
  op: z.enum(["send", "nullify", "draft"]),
});

/** execute: the signed document comes as the `signedDocument` file. */
export const executeContractSchema = z.object({ id, sponsorshipId: id });

/** approve-existing: the approve form's fields plus the signed document. */
export const approveExistingSchema = approveFormSchema;

export const contractTemplateSchema = z.object({
  content: z.string().trim().min(1, "This field is required.").max(200_000),
});

/** The contract change form (draft only): the snapshot fields; each save is a new revision. */
export const contractDraftSchema = z.object({
  id,
  sponsorshipId: id,
  sponsorInfo: z.string().max(10_000),
  sponsorContact: z.string().max(10_000),
  benefitsList: z.string().max(100_000),
  legalClauses: z.string().max(100_000),
});
