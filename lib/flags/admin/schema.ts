import { z } from "zod";
import { flagInputSchema } from "@/lib/flags/schema";
import { checkbox, text } from "@/lib/platform/forms";

const field = flagInputSchema.shape;

export const flagFormSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    everyone: text().pipe(field.everyone),
    superusers: checkbox(),
    staff: checkbox(),
    testing: checkbox(),
    note: text().pipe(field.note),
  })
  .transform(({ id, ...input }) => ({ id, input }));
