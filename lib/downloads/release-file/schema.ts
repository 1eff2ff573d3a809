import { z } from "zod";

/**
 * What the release-file mutations take (apps/downloads/models.py ReleaseFile): camelCase fields,
 * the OS and release by id. Every key is optional; creates need name, url, osId and releaseId.
 */
export const releaseFileInputSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    osId: z.number().int(),
    releaseId: z.number().int(),
    description: z.string(),
    isSource: z.boolean(),
    url: z.string(),
    gpgSignatureFile: z.string(),
    md5Sum: z.string(),
    sha256Sum: z.string(),
    filesize: z.number().int(),
    downloadButton: z.boolean(),
    sigstoreSignatureFile: z.string(),
    sigstoreCertFile: z.string(),
    sigstoreBundleFile: z.string(),
    sbomSpdx2File: z.string(),
  })
  .partial();
export type ReleaseFileInput = z.infer<typeof releaseFileInputSchema>;

/** One file of the admin's bulk add: a release's files all go to that release. */
export type NewReleaseFileInput = Omit<ReleaseFileInput, "releaseId"> & {
  name: string;
  url: string;
  osId: number;
};

/** The release-file list filters both API families translate to. */
export type ReleaseFileFilter = {
  name?: string;
  slug?: string;
  descriptionContains?: string;
  osId?: number;
  releaseId?: number;
  os?: { slug?: string; name?: string };
  release?: { slug?: string; name?: string; version?: number; isPublished?: boolean; preRelease?: boolean };
};
