import { z } from "zod";

/**
 * What the page mutations take (apps/pages/models.py Page): camelCase, content as
 * reStructuredText source (rendered and sanitized on write), the path without its slashes.
 */
export const pageInputSchema = z.object({
  title: z.string(),
  path: z.string(),
  content: z.string(),
  description: z.string(),
  keywords: z.string(),
  isPublished: z.boolean(),
  templateName: z.string(),
});
export type PageInput = z.infer<typeof pageInputSchema>;

/** The page list filters both API families translate to (exact, keywords also icontains). */
export type PageFilter = {
  title?: string;
  path?: string;
  keywords?: string;
  keywordsContains?: string;
  isPublished?: boolean;
};
