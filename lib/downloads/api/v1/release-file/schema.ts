/** /api/v1/downloads/release_file/ (apps/downloads/api.py ReleaseFileResource). */
import { z } from "zod";
import { paginationQuerySchema } from "@/lib/api/tastypie";
import { defineOperation } from "@/lib/api/spec";
import { v1ResourceUri } from "@/lib/downloads/api/schema";
import { releaseFileWireErrors } from "@/lib/downloads/api/utils";
import type { ReleaseFileInput } from "@/lib/downloads/release-file/schema";
import {
  bool,
  created,
  deleted,
  envelope,
  id,
  ok,
  url200,
  v1Common,
  v1IdParamsSchema,
  v1Name,
  v1Slug,
  v1Write,
} from "@/lib/downloads/api/v1/schema";
import { toReleaseFileInput } from "@/lib/downloads/api/v2/release-file/schema";

export const v1ReleaseFileQuerySchema = paginationQuerySchema.extend({
  name: z.string().optional(),
  slug: z.string().optional(),
  os: id.optional(),
  os__slug: z.string().optional(),
  os__name: z.string().optional(),
  release: id.optional(),
  release__slug: z.string().optional(),
  release__name: z.string().optional(),
  release__version: z.coerce.number().int().optional(),
  release__is_published: bool.optional(),
  release__pre_release: bool.optional(),
  description__contains: z.string().optional(),
});
export type V1ReleaseFileQuery = z.output<typeof v1ReleaseFileQuerySchema>;

export const v1ReleaseFileSchema = z
  .object({
    description: z.string(),
    download_button: z.boolean(),
    filesize: z.number(),
    gpg_signature_file: z.string(),
    is_source: z.boolean(),
    md5_sum: z.string(),
    name: z.string(),
    os: z.string(),
    release: z.string(),
    resource_uri: z.string(),
    sbom_spdx2_file: z.string(),
    sha256_sum: z.string(),
    sigstore_bundle_file: z.string(),
    sigstore_cert_file: z.string(),
    sigstore_signature_file: z.string(),
    slug: z.string(),
    url: z.string(),
  })
  .meta({ id: "V1ReleaseFile" });
export const v1ReleaseFileListSchema = envelope(v1ReleaseFileSchema);

/** The body as Tastypie accepted it, parsed into the release-file mutations' input (ids). */
export const v1ReleaseFileBodySchema = z
  .object({
    name: v1Name,
    slug: v1Slug,
    os: v1ResourceUri("downloads/os"),
    release: v1ResourceUri("downloads/release"),
    description: z.string().optional(),
    is_source: z.boolean().optional(),
    url: z.url({ error: "Enter a valid URL." }).max(200),
    gpg_signature_file: url200.optional(),
    md5_sum: z.string().max(200).optional(),
    sha256_sum: z.string().max(200).optional(),
    filesize: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    download_button: z.boolean().optional(),
    sigstore_signature_file: url200.optional(),
    sigstore_cert_file: url200.optional(),
    sigstore_bundle_file: url200.optional(),
    sbom_spdx2_file: url200.optional(),
  })
  // Same snake_case fields as the v2 body: one mapper; v1 creates always name these four.
  .transform((b): ReleaseFileInput & { name: string; url: string; osId: number; releaseId: number } => ({
    ...toReleaseFileInput(b),
    name: b.name,
    url: b.url,
    osId: b.os,
    releaseId: b.release,
  }));
export const v1DeleteFilesQuerySchema = z.object({ release: z.string().optional() }).passthrough();

export const v1ReleaseFileOperations = {
  list: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/downloads/release_file/",
    summary: "List release files",
    query: v1ReleaseFileQuerySchema,
    responses: ok("Files", v1ReleaseFileListSchema),
  }),
  get: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/downloads/release_file/{id}/",
    summary: "One release file",
    params: v1IdParamsSchema,
    responses: ok("The file", v1ReleaseFileSchema),
  }),
  create: defineOperation({
    ...v1Write,
    method: "POST",
    path: "/api/v1/downloads/release_file/",
    summary: "Add a release file (staff)",
    body: v1ReleaseFileBodySchema,
    resourceName: "downloads/release_file",
    wireErrors: releaseFileWireErrors,
    responses: created,
  }),
  remove: defineOperation({
    ...v1Write,
    method: "DELETE",
    path: "/api/v1/downloads/release_file/{id}/",
    summary: "Delete a release file (staff)",
    params: v1IdParamsSchema,
    responses: deleted,
  }),
  removeAll: defineOperation({
    ...v1Write,
    method: "DELETE",
    path: "/api/v1/downloads/release_file/",
    summary: "Delete the files of exactly one release: ?release=<id> (staff)",
    query: v1DeleteFilesQuerySchema,
    resourceName: "downloads/release_file",
    responses: deleted,
  }),
};
