/**
 * /api/v1/downloads/{os,release,release_file}/ (apps/downloads/api.py, Tastypie): reads open to
 * all (unpublished releases hidden from non-staff), ApiKey header auth, 600 requests an hour.
 */
import { z } from "zod";
import { paginationQuerySchema } from "@/lib/api/tastypie";
import { defineOperation } from "@/lib/api/spec";

const bool = z
  .enum(["true", "false", "True", "False", "1", "0"])
  .transform((v) => ["true", "True", "1"].includes(v));
const date = z.iso
  .datetime({ local: true, offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || v.length === 10 ? v : `${v}Z`));
/** Tastypie's range lookup: "from,to", both ends included. */
const dateRange = z.string().transform((v, ctx) => {
  const [from, to, ...rest] = v.split(",").map((p) => date.safeParse(p.trim()));
  if (!from?.success || !to?.success || rest.length) {
    ctx.addIssue({ code: "custom", message: "A range is two datetimes separated by a comma." });
    return z.NEVER;
  }
  return [from.data, to.data] as const;
});
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
  release_date__range: dateRange.optional(),
  release_date__year: z.coerce.number().int().min(1000).max(9999).optional(),
});
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

// Writes (staff, ApiKey): bodies as Tastypie accepted them; foreign keys as v1 resource URIs.
const v1Link = (resource: string) =>
  z
    .string()
    .regex(
      new RegExp(`^(https?://[^/]+)?/api/v1/${resource}/\\d+/?$`),
      "Could not find the provided object via resource URI.",
    );
const naiveDate = z
  .string()
  .regex(
    /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?(Z|[+-]\d\d:?\d\d)?$/,
    "Datetime provided to 'release_date' field doesn't appear to be a valid datetime string.",
  )
  .transform((v) => (/(Z|[+-]\d\d:?\d\d)$/.test(v) ? v : `${v.length === 10 ? `${v}T00:00:00` : v}Z`));
const url200 = z.union([z.url({ error: "Enter a valid URL." }).max(200), z.literal("")]);

export const v1OsBodySchema = z.object({
  name: z.string({ error: "This field is required." }).trim().min(1, "This field is required.").max(200),
  slug: z
    .string()
    .max(200)
    .regex(/^[-a-zA-Z0-9_]+$/, "Enter a valid slug.")
    .optional(),
});
export const v1ReleaseBodySchema = z.object({
  name: z.string({ error: "This field is required." }).trim().min(1, "This field is required.").max(200),
  slug: z
    .string()
    .max(200)
    .regex(/^[-a-zA-Z0-9_]+$/, "Enter a valid slug.")
    .optional(),
  version: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(100)], { error: "Select a valid choice." })
    .optional(),
  is_published: z.boolean().optional(),
  is_latest: z.boolean().optional(),
  release_date: naiveDate.optional(),
  pre_release: z.boolean().optional(),
  release_page: v1Link("pages/page").nullable().optional(),
  release_notes_url: url200.optional(),
  show_on_download_page: z.boolean().optional(),
});
export const v1ReleaseFileBodySchema = z.object({
  name: z.string({ error: "This field is required." }).trim().min(1, "This field is required.").max(200),
  slug: z
    .string()
    .max(200)
    .regex(/^[-a-zA-Z0-9_]+$/, "Enter a valid slug.")
    .optional(),
  os: v1Link("downloads/os"),
  release: v1Link("downloads/release"),
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
});
export const v1DeleteFilesQuerySchema = z.object({ release: z.string().optional() }).passthrough();

const write = { ...common, role: "staff" } as const;
const created = { 201: { description: "Created (empty body, Location header)" } };
const deleted = { 204: { description: "Deleted" } };
export const v1WriteOperations = {
  osCreate: defineOperation({
    ...write,
    method: "POST",
    path: "/api/v1/downloads/os/",
    summary: "Create an operating system (staff)",
    body: v1OsBodySchema,
    resourceName: "downloads/os",
    responses: created,
  }),
  osDelete: defineOperation({
    ...write,
    method: "DELETE",
    path: "/api/v1/downloads/os/{id}/",
    summary: "Delete an operating system (staff)",
    params: v1IdParamsSchema,
    responses: deleted,
  }),
  releaseCreate: defineOperation({
    ...write,
    method: "POST",
    path: "/api/v1/downloads/release/",
    summary: "Create a release (staff)",
    body: v1ReleaseBodySchema,
    resourceName: "downloads/release",
    responses: created,
  }),
  releaseDelete: defineOperation({
    ...write,
    method: "DELETE",
    path: "/api/v1/downloads/release/{id}/",
    summary: "Delete a release (staff)",
    params: v1IdParamsSchema,
    responses: deleted,
  }),
  fileCreate: defineOperation({
    ...write,
    method: "POST",
    path: "/api/v1/downloads/release_file/",
    summary: "Add a release file (staff)",
    body: v1ReleaseFileBodySchema,
    resourceName: "downloads/release_file",
    responses: created,
  }),
  fileDelete: defineOperation({
    ...write,
    method: "DELETE",
    path: "/api/v1/downloads/release_file/{id}/",
    summary: "Delete a release file (staff)",
    params: v1IdParamsSchema,
    responses: deleted,
  }),
  fileDeleteList: defineOperation({
    ...write,
    method: "DELETE",
    path: "/api/v1/downloads/release_file/",
    summary: "Delete the files of exactly one release: ?release=<id> (staff)",
    query: v1DeleteFilesQuerySchema,
    resourceName: "downloads/release_file",
    responses: deleted,
  }),
};
