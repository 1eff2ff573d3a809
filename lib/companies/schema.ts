/**
 * A company as the domain takes it (apps/companies/models.py Company, a NameSlugModel): name and
 * slug (empty: made from the name), an "about" text in a markup type, contact, e-mail and URL
 * (empty is none), and the logo: a new upload's bytes, or a request to remove the stored one.
 */
import { z } from "zod";

export const markupTypeSchema = z.enum(["restructuredtext", "markdown", "html", "plain"], {
  error: "Choose a markup type.",
});

/** Empty text is no value (the columns are nullable: Django's blank=True, null=True). */
const optional = <S extends z.ZodType<string>>(s: S) => z.union([z.literal("").transform(() => null), s]);

export const companyInputSchema = z.object({
  name: z.string().trim().min(1, "Give the company a name.").max(200, "Use at most 200 characters."),
  slug: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(/^[-\w]*$/, "Use only letters, digits, underscores and hyphens."),
  about: z.string().trim().max(100_000, "Use at most 100000 characters."),
  aboutMarkupType: markupTypeSchema,
  contact: optional(z.string().trim().max(100, "Use at most 100 characters.")),
  email: optional(z.email("Enter a valid e-mail address.").max(100, "Use at most 100 characters.")),
  url: optional(
    z
      .string()
      .max(200, "Use at most 200 characters.")
      .regex(/^https?:\/\/\S+$/, "Enter an http(s) URL."),
  ),
  logo: z.object({ bytes: z.instanceof(Uint8Array), fileName: z.string() }).nullable(),
  removeLogo: z.boolean(),
});

export type CompanyInput = z.output<typeof companyInputSchema>;
