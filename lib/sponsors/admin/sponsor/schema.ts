import { z } from "zod";
import { optionalInt } from "@/lib/platform/forms";
import { contactInputSchema, sponsorInfoSchema } from "@/lib/sponsors/sponsor/schema";

export const sponsorFormSchema = sponsorInfoSchema
  .extend({ id: optionalInt() })
  .transform(({ id, ...input }) => ({ id, input }));

export const contactFormSchema = contactInputSchema
  .extend({ sponsorId: z.coerce.number().int().positive(), id: optionalInt() })
  .transform(({ sponsorId, id, ...input }) => ({ sponsorId, id, input }));

export const sponsorRefSchema = z.object({ id: z.coerce.number().int().positive() });
export const contactRefSchema = z.object({
  sponsorId: z.coerce.number().int().positive(),
  id: z.coerce.number().int().positive(),
});
