/**
 * /api/v2/downloads/release_file/ (ReleaseFileSerializer, ReleaseFileViewSet): files of every
 * release (not filtered by publication), strict filters, staff writes validated like
 * ReleaseFile.clean(), DRF bodies parsed into the release-file mutations' input (ids, camelCase).
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";
import { required, v2Hyperlink } from "@/lib/downloads/api/schema";
import type { ReleaseFileInput } from "@/lib/downloads/release-file/schema";
import { releaseFileWireErrors } from "@/lib/downloads/api/utils";
import { v2Common } from "@/lib/downloads/api/v2/schema";

export const releaseFileResponseSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    os: z.string(),
    release: z.string(),
    description: z.string(),
    is_source: z.boolean(),
    url: z.string(),
    gpg_signature_file: z.string(),
    md5_sum: z.string(),
    sha256_sum: z.string(),
    filesize: z.number().int(),
    download_button: z.boolean(),
    resource_uri: z.string(),
    sigstore_signature_file: z.string(),
    sigstore_cert_file: z.string(),
    sigstore_bundle_file: z.string(),
    sbom_spdx2_file: z.string(),
  })
  .meta({ id: "ReleaseFile" });
export const releaseFileListResponseSchema = z.array(releaseFileResponseSchema);

/** ReleaseFileFilter's fields and lookups; anything else is refused (400), as BaseFilterSet does. */
export const RELEASE_FILE_FILTERS: Record<string, string[]> = {
  name: ["exact"],
  slug: ["exact"],
  description: ["contains"],
  os: ["exact"],
  release: ["exact"],
};
const pk = z.coerce
  .number({ error: "Select a valid choice. That choice is not one of the available choices." })
  .int()
  .positive()
  .max(2 ** 31 - 1);
export const listReleaseFilesQuerySchema = z.object({
  name: z.string().optional(),
  slug: z.string().optional(),
  description__contains: z.string().optional(),
  os: pk.optional(),
  release: pk.optional(),
});
export type ListReleaseFilesQuery = z.output<typeof listReleaseFilesQuerySchema>;

export const releaseFileIdParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});
export const deleteByReleaseQuerySchema = z.object({
  release: z
    .string({ error: "This field is required." })
    .trim()
    .min(1, "This field is required.")
    .regex(/^\d+$/, "A valid integer is required.")
    .transform(Number),
});

const optionalUrl = z.union([z.url({ error: "Enter a valid URL." }).max(200), z.literal("")]);

const fields = {
  name: z.string(required).trim().min(1, "This field may not be blank.").max(200),
  slug: z
    .string()
    .max(200)
    .regex(
      /^[-a-zA-Z0-9_]+$/,
      'Enter a valid "slug" consisting of letters, numbers, underscores or hyphens.',
    ),
  os: v2Hyperlink("downloads/os"),
  release: v2Hyperlink("downloads/release"),
  description: z.string(),
  is_source: z.boolean(),
  url: z.url({ error: "Enter a valid URL." }).max(200),
  gpg_signature_file: optionalUrl,
  md5_sum: z.string().max(200),
  sha256_sum: z.string().max(200),
  filesize: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  download_button: z.boolean(),
  sigstore_signature_file: optionalUrl,
  sigstore_cert_file: optionalUrl,
  sigstore_bundle_file: optionalUrl,
  sbom_spdx2_file: optionalUrl,
};
const optionalOnCreate = {
  slug: true,
  description: true,
  is_source: true,
  gpg_signature_file: true,
  md5_sum: true,
  sha256_sum: true,
  filesize: true,
  download_button: true,
  sigstore_signature_file: true,
  sigstore_cert_file: true,
  sigstore_bundle_file: true,
  sbom_spdx2_file: true,
} as const;
type ReleaseFileBody = Partial<{ [K in keyof typeof fields]: z.output<(typeof fields)[K]> }>;

/** A DRF body as the mutations' input; a key the body left out is undefined (left as it is). */
export const toReleaseFileInput = (b: ReleaseFileBody): ReleaseFileInput => ({
  name: b.name,
  slug: b.slug,
  osId: b.os,
  releaseId: b.release,
  description: b.description,
  isSource: b.is_source,
  url: b.url,
  gpgSignatureFile: b.gpg_signature_file,
  md5Sum: b.md5_sum,
  sha256Sum: b.sha256_sum,
  filesize: b.filesize,
  downloadButton: b.download_button,
  sigstoreSignatureFile: b.sigstore_signature_file,
  sigstoreCertFile: b.sigstore_cert_file,
  sigstoreBundleFile: b.sigstore_bundle_file,
  sbomSpdx2File: b.sbom_spdx2_file,
});

export const createReleaseFileBodySchema = z
  .object(fields)
  .partial(optionalOnCreate)
  .meta({ id: "ReleaseFileInput" })
  .transform((b) => ({
    ...toReleaseFileInput(b),
    name: b.name,
    url: b.url,
    osId: b.os,
    releaseId: b.release,
  }));
export const patchReleaseFileBodySchema = z.object(fields).partial().transform(toReleaseFileInput);

// The mutations' rule errors in ReleaseFileSerializer's names and wording.
const common = { ...v2Common, wireErrors: releaseFileWireErrors };
const item = "/api/v2/downloads/release_file/{id}/";
export const releaseFileOperations = {
  list: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v2/downloads/release_file/",
    summary: "List release files (unknown filters are 400)",
    query: listReleaseFilesQuerySchema,
    responses: { 200: { description: "Files", schema: releaseFileListResponseSchema } },
  }),
  create: defineOperation({
    ...common,
    method: "POST",
    path: "/api/v2/downloads/release_file/",
    summary: "Add a file to a release (staff)",
    role: "staff",
    body: createReleaseFileBodySchema,
    responses: { 201: { description: "Created", schema: releaseFileResponseSchema } },
  }),
  get: defineOperation({
    ...common,
    method: "GET",
    path: item,
    summary: "One release file",
    params: releaseFileIdParamsSchema,
    responses: { 200: { description: "The file", schema: releaseFileResponseSchema } },
  }),
  replace: defineOperation({
    ...common,
    method: "PUT",
    path: item,
    summary: "Replace a release file (staff)",
    role: "staff",
    params: releaseFileIdParamsSchema,
    body: createReleaseFileBodySchema,
    responses: { 200: { description: "Updated", schema: releaseFileResponseSchema } },
  }),
  update: defineOperation({
    ...common,
    method: "PATCH",
    path: item,
    summary: "Update a release file (staff)",
    role: "staff",
    params: releaseFileIdParamsSchema,
    body: patchReleaseFileBodySchema,
    responses: { 200: { description: "Updated", schema: releaseFileResponseSchema } },
  }),
  remove: defineOperation({
    ...common,
    method: "DELETE",
    path: item,
    summary: "Delete a release file (staff)",
    role: "staff",
    params: releaseFileIdParamsSchema,
    responses: { 204: { description: "Deleted" } },
  }),
  deleteByRelease: defineOperation({
    ...common,
    method: "DELETE",
    path: "/api/v2/downloads/release_file/delete_by_release/",
    summary: "Delete every file of one release (staff)",
    role: "staff",
    query: deleteByReleaseQuerySchema,
    responses: { 204: { description: "Deleted" } },
  }),
};
