/** The box form: FormData preprocessed, then checked by the domain's schema; plus the preview's input. */
import { z } from "zod";
import { boxInputSchema } from "@/lib/boxes/schema";
import { optionalInt, text } from "@/lib/platform/forms";

const field = boxInputSchema.shape;

// Content keeps its whitespace: reStructuredText is indentation-sensitive.
const rawText = () =>
  z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : ""), z.string());

export const boxFormSchema = z
  .object({
    id: optionalInt(),
    label: text().pipe(field.label),
    contentMarkupType: text().pipe(field.contentMarkupType),
    content: rawText().pipe(field.content),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const boxRefSchema = z.object({ id: z.coerce.number().int().positive() });

/** What the live preview renders: the content and its markup type, never saved. */
export const boxPreviewSchema = z.object({
  content: z.string().max(500_000),
  contentMarkupType: field.contentMarkupType,
});
