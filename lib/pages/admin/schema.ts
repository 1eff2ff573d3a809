/** The pages and redirects admin forms: FormData preprocessed, then checked by the domain's schemas. */
import { z } from "zod";
import { checkbox, optionalInt, text } from "@/lib/platform/forms";
import { pageInputSchema, redirectInputSchema } from "@/lib/pages/schema";

const page = pageInputSchema.shape;
// Content keeps its whitespace (reST is indentation-sensitive); only line endings are normalised.
const source = () =>
  z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : ""), z.string());

export const pageFormSchema = z
  .object({
    id: optionalInt(),
    title: text().pipe(page.title),
    path: text().pipe(page.path),
    content: source().pipe(page.content),
    contentMarkupType: text().pipe(page.contentMarkupType),
    description: text().pipe(page.description),
    keywords: text().pipe(page.keywords),
    templateName: text().pipe(page.templateName),
    contentType: text()
      .transform((t) => t || "text/html")
      .pipe(page.contentType),
    isPublished: checkbox(),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const pageRefSchema = z.object({ id: z.coerce.number().int().positive() });

export const publishSchema = z.object({
  id: z.coerce.number().int().positive(),
  publish: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});

/** The live preview: the source and its markup type, nothing saved. */
export const previewSchema = z.object({
  content: source().pipe(page.content),
  contentMarkupType: text().pipe(page.contentMarkupType),
});

const redirect = redirectInputSchema.shape;
export const redirectFormSchema = z
  .object({
    id: optionalInt(),
    oldPath: text().pipe(redirect.oldPath),
    newPath: text().pipe(redirect.newPath),
    permanent: checkbox(),
  })
  .transform(({ id, ...input }) => ({ id, input }));
