/** A box as the domain takes it (apps/boxes/models.py Box): a unique slug label and its markup. */
import { z } from "zod";
import { BOX_LABEL_RE, BOX_MARKUP_TYPES } from "./constants";

export const boxLabelSchema = z
  .string()
  .trim()
  .min(1, "Give the box a label.")
  .max(100, "Use at most 100 characters.")
  .regex(BOX_LABEL_RE, "Use letters, digits, hyphens and underscores only.");

export const boxInputSchema = z.object({
  label: boxLabelSchema,
  content: z.string().max(500_000, "Keep the content under 500,000 characters."),
  contentMarkupType: z.enum(BOX_MARKUP_TYPES, "Pick a markup type."),
});

export type BoxInput = z.output<typeof boxInputSchema>;
