/** The banner form: FormData preprocessed, then checked field by field by the domain's schema. */
import { z } from "zod";
import { bannerInputSchema } from "@/lib/banners/schema";
import { checkbox, optionalInt, text } from "@/lib/platform/forms";

const field = bannerInputSchema.shape;

export const bannerFormSchema = z
  .object({
    id: optionalInt(),
    title: text().pipe(field.title),
    message: text().pipe(field.message),
    link: text().pipe(field.link),
    active: checkbox(),
    psfPagesOnly: checkbox(),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const bannerRefSchema = z.object({ id: z.coerce.number().int().positive() });
