/**
 * The company form: FormData preprocessed, then checked field by field by the domain's schema.
 * The logo arrives as a File (an empty one when none was chosen); the action reads its bytes
 * and the domain checks them.
 */
import { z } from "zod";
import { companyInputSchema } from "@/lib/companies/schema";
import { checkbox, optionalInt, text } from "@/lib/platform/forms";

const field = companyInputSchema.shape;

// A file input with nothing chosen still sends a File: empty name, no bytes.
const upload = () =>
  z.preprocess((v) => (v instanceof File && v.size > 0 ? v : null), z.instanceof(File).nullable());

export const companyFormSchema = z
  .object({
    id: optionalInt(),
    name: text().pipe(field.name),
    slug: text().pipe(field.slug),
    about: text().pipe(field.about),
    aboutMarkupType: text().pipe(field.aboutMarkupType),
    contact: text().pipe(field.contact),
    email: text().pipe(field.email),
    url: text().pipe(field.url),
    logo: upload(),
    removeLogo: checkbox(),
  })
  .transform(({ id, logo, ...input }) => ({ id, input, logo }));

export type CompanyForm = z.output<typeof companyFormSchema>;

export const companyRefSchema = z.object({ id: z.coerce.number().int().positive() });
