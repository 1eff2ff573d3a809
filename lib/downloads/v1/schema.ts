/**
 * /api/v1/downloads/{os,release,release_file}/ (apps/downloads/api.py, Tastypie): reads open to
 * all (unpublished releases hidden from non-staff), ApiKey header auth, 600 requests an hour.
 */
import { z } from "zod";
import { paginationQuerySchema } from "@/lib/api-tastypie";
import { defineOperation } from "@/lib/api-spec";

const bool = z
  .enum(["true", "false", "True", "False", "1", "0"])
  .transform((v) => ["true", "True", "1"].includes(v));
const date = z.iso
  .datetime({ local: true, offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || v.length === 10 ? v : `${v}Z`));
const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

export const v1OsQuerySchema = paginationQuerySchema.extend({
  name: z.string().optional(),
  slug: z.string().optional(),
});
export const v1ReleaseQuerySchema = paginationQuerySchema.extend({
  name: z.string().optional(),
  slug: z.string().optional(),
  is_published: bool.optional(),
  pre_release: bool.optional(),
  version: z.coerce.number().int().optional(),
  version__startswith: z.string().max(10).optional(),
  release_date: date.optional(),
  release_date__gt: date.optional(),
  release_date__gte: date.optional(),
  release_date__lt: date.optional(),
  release_date__lte: date.optional(),
});
export const v1ReleaseFileQuerySchema = paginationQuerySchema.extend({
  name: z.string().optional(),
  slug: z.string().optional(),
  os: id.optional(),
  os__slug: z.string().optional(),
  release: id.optional(),
  release__slug: z.string().optional(),
  description__contains: z.string().optional(),
});
export type V1ReleaseQuery = z.output<typeof v1ReleaseQuerySchema>;
export type V1ReleaseFileQuery = z.output<typeof v1ReleaseFileQuerySchema>;
export const v1IdParamsSchema = z.object({ id });

const envelope = (item: z.ZodType) =>
  z.object({
    meta: z.object({
      limit: z.number(),
      next: z.string().nullable(),
      offset: z.number(),
      previous: z.string().nullable(),
      total_count: z.number(),
    }),
    objects: z.array(item),
  });
export const v1OsSchema = z
  .object({ name: z.string(), resource_uri: z.string(), slug: z.string() })
  .meta({ id: "V1OperatingSystem" });
export const v1ReleaseSchema = z
  .object({
    is_latest: z.boolean(),
    is_published: z.boolean(),
    name: z.string(),
    pre_release: z.boolean(),
    release_date: z.string(),
    release_notes_url: z.string(),
    release_page: z.string().nullable(),
    resource_uri: z.string(),
    show_on_download_page: z.boolean(),
    slug: z.string(),
    version: z.number(),
  })
  .meta({ id: "V1Release" });
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
export const v1OsListSchema = envelope(v1OsSchema);
export const v1ReleaseListSchema = envelope(v1ReleaseSchema);
export const v1ReleaseFileListSchema = envelope(v1ReleaseFileSchema);

const common = {
  tags: ["downloads (v1)"],
  errors: "tastypie",
  auth: ["apikey"],
  rateLimit: { anon: "api-v1", user: "api-v1" },
} as const;
const ok = (description: string, schema: z.ZodType) => ({ 200: { description, schema } });

export const v1Operations = {
  osList: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v1/downloads/os/",
    summary: "List operating systems",
    query: v1OsQuerySchema,
    responses: ok("Operating systems", v1OsListSchema),
  }),
  osGet: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v1/downloads/os/{id}/",
    summary: "One operating system",
    params: v1IdParamsSchema,
    responses: ok("The operating system", v1OsSchema),
  }),
  releaseList: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v1/downloads/release/",
    summary: "List releases (published only, unless staff)",
    query: v1ReleaseQuerySchema,
    responses: ok("Releases", v1ReleaseListSchema),
  }),
  releaseGet: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v1/downloads/release/{id}/",
    summary: "One release (401 when unpublished, unless staff)",
    params: v1IdParamsSchema,
    responses: ok("The release", v1ReleaseSchema),
  }),
  fileList: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v1/downloads/release_file/",
    summary: "List release files",
    query: v1ReleaseFileQuerySchema,
    responses: ok("Files", v1ReleaseFileListSchema),
  }),
  fileGet: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v1/downloads/release_file/{id}/",
    summary: "One release file",
    params: v1IdParamsSchema,
    responses: ok("The file", v1ReleaseFileSchema),
  }),
};
