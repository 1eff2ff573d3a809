import { z } from "zod";

export const emailTemplateSchema = z.object({
  internalName: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "Use lower-case letters, digits, hyphens and underscores."),
  kind: z.string().trim().max(50).default("generic"),
  subject: z.string().trim().min(1).max(128),
  content: z.string().min(1).max(100_000),
});
export type EmailTemplateInput = z.input<typeof emailTemplateSchema>;
