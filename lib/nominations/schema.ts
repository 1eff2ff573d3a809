/** The nomination forms' fields (apps/nominations/forms.py); the per-election rules are in utils. */
import { z } from "zod";
import { checkbox, many, text } from "@/lib/platform/forms";

const REQUIRED = "This field is required.";

export const nominationFieldsSchema = z.object({
  name: text().pipe(z.string().min(1, REQUIRED).max(1024, "Use at most 1024 characters.")),
  email: text().pipe(z.email("Enter a valid email address.").max(1024, "Use at most 1024 characters.")),
  employer: text().pipe(z.string().max(1024, "Use at most 1024 characters.")),
  otherAffiliations: text().pipe(z.string().max(2048, "Use at most 2048 characters.")),
  nominationStatement: text().pipe(z.string().max(20_000, "Use at most 20000 characters.")),
  previousService: z.preprocess((v) => (typeof v === "string" ? v : ""), z.enum(["", "no", "yes"])),
  previousServiceYears: many(z.string().regex(/^\d{4}$/, "Select a valid year.")),
  selfNomination: checkbox(),
  cocAcknowledged: checkbox(),
  missionAlignment: checkbox(),
  eligibilityConfirmed: checkbox(),
});
export type NominationFields = z.output<typeof nominationFieldsSchema>;

export const nominationCreateSchema = nominationFieldsSchema.extend({ election: text() });
export const nominationEditSchema = nominationFieldsSchema.extend({
  election: text(),
  id: z.coerce.number().int().positive(),
});
export const nominationAcceptSchema = z.object({
  election: text(),
  id: z.coerce.number().int().positive(),
  accepted: checkbox(),
});

/** POST /nominations/statement-preview/: `text`, as a form or JSON. */
export const statementPreviewSchema = z.object({ text: z.string().max(20_000).default("") });
