import { z } from "zod";

/**
 * What the release mutations take (apps/downloads/models.py Release): camelCase fields, the
 * release page by id. Every key is optional: creates need `name`, updates change what is given.
 */
export const releaseInputSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(100)]),
    isPublished: z.boolean(),
    isLatest: z.boolean(),
    releaseDate: z.date(),
    preRelease: z.boolean(),
    releasePageId: z.number().int().nullable(),
    releaseNotesUrl: z.string(),
    showOnDownloadPage: z.boolean(),
  })
  .partial();
export type ReleaseInput = z.infer<typeof releaseInputSchema>;

/**
 * The release list filters both API families translate to. `releaseDate` holds bounds that all
 * apply (lib/downloads/utils dateLookups); `versionIn: []` matches nothing.
 */
export type ReleaseFilter = {
  name?: string;
  slug?: string;
  preRelease?: boolean;
  version?: number;
  versionIn?: number[];
  /** Releases of one minor series ("3.12"): 3.12.0, 3.12.1rc1, never 3.1 or 3.120. */
  series?: string;
  releaseDate?: { gte?: Date; lt?: Date }[];
  isPublished?: boolean;
};
