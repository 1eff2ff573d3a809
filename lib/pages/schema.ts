import { z } from "zod";
import { normalizePath, PAGE_PATH_MESSAGE, PAGE_PATH_RE } from "./utils";

/** text/html renders in the site (sanitized); the others are sent as they are, so none may be one a browser runs (XML, SVG, XHTML, scripts). */
export const SERVABLE_CONTENT_TYPES = [
  "text/html",
  "text/plain",
  "text/csv",
  "text/markdown",
  "text/calendar",
  "application/json",
];

export const PAGE_MARKUP_TYPES = [
  "restructuredtext",
  "markdown",
  "markdown_unsafe",
  "html",
  "plain",
] as const;

/**
 * What the page mutations take (apps/pages/models.py Page): camelCase, the content's source and
 * markup type (rendered and sanitized on write), the path without its slashes.
 */
export const pageInputSchema = z.object({
  title: z.string().trim().min(1, "Give the page a title.").max(500, "Use at most 500 characters."),
  path: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters.")
    .regex(PAGE_PATH_RE, PAGE_PATH_MESSAGE)
    .transform(normalizePath)
    .refine((p) => p !== "", PAGE_PATH_MESSAGE),
  content: z.string().max(1_000_000, "The content is too long (at most a million characters)."),
  contentMarkupType: z.enum(PAGE_MARKUP_TYPES, "Pick a markup type."),
  description: z.string().trim().max(10_000, "Use at most 10,000 characters."),
  keywords: z.string().trim().max(1000, "Use at most 1000 characters."),
  isPublished: z.boolean(),
  templateName: z.string().trim().max(100, "Use at most 100 characters."),
  contentType: z
    .string()
    .trim()
    .max(150, "Use at most 150 characters.")
    .regex(/^[a-z]+\/[a-z0-9.+-]+(\s*;\s*[a-z-]+=[a-z0-9-]+)?$/i, "Enter a media type such as text/html.")
    .transform((t) => t.toLowerCase())
    // A non-HTML page is sent as its source, unsanitized: only types no browser runs.
    .refine(
      (t) => SERVABLE_CONTENT_TYPES.includes(t.split(";")[0]!.trim()),
      `Use one of: ${SERVABLE_CONTENT_TYPES.join(", ")}.`,
    ),
});
export type PageInput = z.output<typeof pageInputSchema>;

/** A stored redirect (django.contrib.redirects): the old path, the new one ("" = 410 Gone). */
export const redirectInputSchema = z.object({
  oldPath: z
    .string()
    .trim()
    .min(1, "Enter the old path.")
    .max(200, "Use at most 200 characters.")
    .regex(/^\/(?![/\\])\S*$/, "Enter a path on this site, starting with a single /."),
  newPath: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(
      /^$|^\/(?![/\\])\S*$|^https?:\/\/[^\s/\\]+(\/\S*)?$/,
      "Enter a path starting with /, an http(s) URL, or nothing for 410 Gone.",
    ),
  permanent: z.boolean(),
});
export type RedirectInput = z.output<typeof redirectInputSchema>;

/** The page list filters both API families translate to (exact, keywords also icontains). */
export type PageFilter = {
  title?: string;
  path?: string;
  keywords?: string;
  keywordsContains?: string;
  isPublished?: boolean;
};
