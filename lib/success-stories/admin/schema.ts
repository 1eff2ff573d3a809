/** The story change form and the moderation buttons: FormData preprocessed, then the domain's schema. */
import { z } from "zod";
import { checkbox, text } from "@/lib/platform/forms";
import { categoryField, storyAdminInputSchema, uploadField } from "@/lib/success-stories/schema";

const field = storyAdminInputSchema.shape;
const crlf = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : "");

export const storyAdminFormSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    name: text().pipe(field.name),
    slug: text().pipe(field.slug),
    categoryId: categoryField(),
    companyName: text().pipe(field.companyName),
    companyUrl: text().pipe(field.companyUrl),
    companyId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().positive().nullable()),
    author: text().pipe(field.author),
    authorEmail: text().pipe(field.authorEmail),
    pullQuote: z.preprocess(crlf, field.pullQuote),
    contentMarkupType: z.preprocess((v) => (typeof v === "string" ? v : ""), field.contentMarkupType),
    content: z.preprocess(crlf, field.content),
    isPublished: checkbox(),
    featured: checkbox(),
    removeImage: checkbox(),
    image: uploadField(),
  })
  .transform(({ id, image, ...input }) => ({ id, input, image }));

export const storyFlagSchema = z.object({
  id: z.coerce.number().int().positive(),
  op: z.enum(["publish", "unpublish", "feature", "unfeature"]),
});

export const storyRefSchema = z.object({ id: z.coerce.number().int().positive() });
