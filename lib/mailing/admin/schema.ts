import { z } from "zod";
import { emailTemplateSchema } from "@/lib/mailing/schema";
import { optionalInt, text } from "@/lib/platform/forms";
import { templateSyntaxError } from "./utils";

const f = emailTemplateSchema.shape;
const liquid = (inner: z.ZodString) =>
  inner.superRefine((v, ctx) => {
    const err = templateSyntaxError(v);
    if (err) ctx.addIssue({ code: "custom", message: `Template syntax error: ${err}` });
  });

export const templateFormSchema = z
  .object({
    id: optionalInt(),
    internalName: text().pipe(f.internalName),
    kind: text()
      .pipe(z.string().max(50, "Use at most 50 characters."))
      .transform((v) => v || "generic"),
    subject: text().pipe(
      liquid(z.string().min(1, "Give the mail a subject.").max(128, "Use at most 128 characters.")),
    ),
    content: z
      .preprocess((v) => (typeof v === "string" ? v : ""), z.string())
      .pipe(
        liquid(z.string().min(1, "Write the mail's content.").max(100_000, "Use at most 100000 characters.")),
      ),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const previewFormSchema = z.object({
  subject: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(128)),
  content: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(100_000)),
});
