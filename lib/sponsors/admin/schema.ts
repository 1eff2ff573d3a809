import { z } from "zod";
import { checkbox, text } from "@/lib/platform/forms";

const id = z.coerce.number().int().positive();
const date = (label: string) =>
  text().pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter a valid ${label}.`)
      .transform((v) => new Date(`${v}T00:00:00Z`)),
  );

/** The approve form (views_admin approve_sponsorship_view): every field required, end after start. */
export const approveFormSchema = z
  .object({
    id,
    startDate: date("start date"),
    endDate: date("end date"),
    packageId: id,
    sponsorshipFee: z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(0),
    renewal: checkbox(),
  })
  .refine((v) => v.endDate > v.startDate, {
    path: ["endDate"],
    message: "End date must be after the start date.",
  });

export const workflowFormSchema = z.object({ id, op: z.enum(["reject", "rollback", "lock", "unlock"]) });

export const currentYearFormSchema = z.object({
  year: z.coerce.number({ error: "Enter a whole number." }).int(),
});

export const cloneYearFormSchema = z.object({
  fromYear: z.coerce.number({ error: "Select a valid choice." }).int(),
  targetYear: z.coerce.number({ error: "Enter a whole number." }).int(),
});
