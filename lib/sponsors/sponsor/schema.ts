/**
 * A sponsor's own information and its contacts (SponsorUpdateForm with its contacts formset, §5.8;
 * SponsorAdmin with SponsorContactInline, §5.9).
 */
import { z } from "zod";
import { checkbox, type FormValues } from "@/lib/platform/forms";
import { contactSchema, newSponsorSchema } from "@/lib/sponsors/application/schema";
import { APPLICATION_MESSAGES } from "@/lib/sponsors/constants";

export const sponsorInfoSchema = newSponsorSchema;
export type SponsorInfoInput = z.infer<typeof sponsorInfoSchema>;

/** The admin's contact row: the application's fields plus the manager flag. */
export const contactInputSchema = contactSchema.extend({ manager: checkbox() });
export type ContactRowInput = z.infer<typeof contactInputSchema>;

/** The dashboard's contacts formset row: an existing contact (id) or a new one, or a deleted one. */
const formsetRow = contactSchema.extend({ id: z.number().int().positive().optional() });
export type ContactFormsetRow = z.infer<typeof formsetRow>;

export const contactsFormsetSchema = z
  .array(formsetRow)
  .min(1, "You have to enter at least one contact")
  .max(5, "Please submit at most 5 forms.")
  .refine((rows) => rows.some((c) => c.primary), { message: APPLICATION_MESSAGES.primaryContact });

const CONTACT_FIELDS = ["name", "email", "phone", "primary", "administrative", "accounting"] as const;

/**
 * Django's inline formset names (`contact-0-id`, `contact-0-name`, `contact-0-DELETE`,
 * `contact-TOTAL_FORMS`) → the kept rows (deleted and untouched extra rows dropped) and the ids
 * to delete.
 */
export function contactsFromForm(raw: FormValues): {
  rows: (Record<string, unknown> & { index: number })[];
  deleted: number[];
} {
  const total = Math.min(Math.max(Number(raw["contact-TOTAL_FORMS"]) || 0, 0), 10);
  const rows: (Record<string, unknown> & { index: number })[] = [];
  const deleted: number[] = [];
  for (let i = 0; i < total; i++) {
    const id = Number(raw[`contact-${i}-id`]);
    const existing = Number.isInteger(id) && id > 0 ? id : undefined;
    if (raw[`contact-${i}-DELETE`]) {
      if (existing) deleted.push(existing);
      continue;
    }
    const c: Record<string, unknown> = Object.fromEntries(
      CONTACT_FIELDS.map((f) => [f, raw[`contact-${i}-${f}`]]),
    );
    if (!existing && CONTACT_FIELDS.every((f) => !c[f])) continue;
    rows.push({ ...c, id: existing, index: i });
  }
  return { rows, deleted };
}

/** The sponsor-info form's fields; the name is shown read-only and never taken from the form. */
export const sponsorUpdateSchema = sponsorInfoSchema.omit({ name: true });
