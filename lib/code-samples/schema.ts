/**
 * A code sample as the domain takes it (apps/codesamples/models.py CodeSample): the code and
 * the copy beside it, each with its markup type, and whether the home page shows it.
 */
import { z } from "zod";
import { CODE_MARKUP_TYPES, COPY_MARKUP_TYPES } from "./constants";

export const codeSampleContentSchema = z.object({
  code: z
    .string()
    .max(20_000, "Use at most 20000 characters.")
    .refine((s) => s.trim() !== "", "Write the code."),
  codeMarkupType: z.enum(CODE_MARKUP_TYPES, "Choose how the code is written."),
  copy: z
    .string()
    .max(20_000, "Use at most 20000 characters.")
    .refine((s) => s.trim() !== "", "Write the text beside the code."),
  copyMarkupType: z.enum(COPY_MARKUP_TYPES, "Choose how the text is written."),
});

export const codeSampleInputSchema = codeSampleContentSchema.extend({ isPublished: z.boolean() });

export type CodeSampleContent = z.output<typeof codeSampleContentSchema>;
export type CodeSampleInput = z.output<typeof codeSampleInputSchema>;
