import { z } from "zod";
import { checkbox, text } from "@/lib/platform/forms";

/** check_sponsorship_assets_due_date [num_days]. */
export const remindersFormSchema = z.object({
  numDays: z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(0).max(365),
});

export const createContractsFormSchema = z.object({});

/** reset_sponsorship_benefits <ids…> [--dry-run] [--update-year]: ids separated by spaces or commas. */
export const resetFormSchema = z.object({
  ids: text().pipe(
    z
      .string()
      .regex(/^\d+([\s,]+\d+)*$/, "Enter sponsorship ids separated by spaces or commas.")
      .transform((v) => [...new Set(v.split(/[\s,]+/).map(Number))])
      .refine((ids) => ids.length <= 100, "At most 100 sponsorships at a time."),
  ),
  dryRun: checkbox(),
  updateYear: checkbox(),
});

/** create_pycon_vouchers_for_sponsors <year>. */
export const vouchersFormSchema = z.object({
  year: z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(2000).max(2100),
});
