/** The code sample form and its preview: FormData preprocessed, then the domain's schema. */
import { z } from "zod";
import { codeSampleContentSchema } from "@/lib/code-samples/schema";
import { checkbox, optionalInt } from "@/lib/platform/forms";

const field = codeSampleContentSchema.shape;
// Code keeps its indentation and blank lines: only line endings are normalised.
const raw = () => z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : ""), z.string());
const choice = () => z.preprocess((v) => (typeof v === "string" ? v : ""), z.string());

const content = {
  code: raw().pipe(field.code),
  codeMarkupType: choice().pipe(field.codeMarkupType),
  copy: raw().pipe(field.copy),
  copyMarkupType: choice().pipe(field.copyMarkupType),
};

export const codeSampleFormSchema = z
  .object({ id: optionalInt(), ...content, isPublished: checkbox() })
  .transform(({ id, ...input }) => ({ id, input }));

export const codeSamplePreviewSchema = z.object(content);

export const codeSampleRefSchema = z.object({ id: z.coerce.number().int().positive() });
