/** /api/v1/downloads/release/ (apps/downloads/api.py ReleaseResource, OnlyPublishedAuthorization). */
import { z } from "zod";
import { paginationQuerySchema } from "@/lib/api/tastypie";
import { defineOperation } from "@/lib/api/spec";
import { v1ResourceUri } from "@/lib/downloads/api/schema";
import { releaseWireErrors } from "@/lib/downloads/api/utils";
import type { ReleaseInput } from "@/lib/downloads/release/schema";
import {
  bool,
  created,
  date,
  dateRange,
  deleted,
  envelope,
  ok,
  url200,
  v1Common,
  v1IdParamsSchema,
  v1Name,
  v1Slug,
  v1Write,
} from "@/lib/downloads/api/v1/schema";

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
export type V1ReleaseQuery = z.output<typeof v1ReleaseQuerySchema>;

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
export const v1ReleaseListSchema = envelope(v1ReleaseSchema);

/** A naive datetime is UTC (settings.TIME_ZONE); a bare date is its midnight. */
const naiveDate = z
  .string()
  .regex(
    /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?(Z|[+-]\d\d:?\d\d)?$/,
    "Datetime provided to 'release_date' field doesn't appear to be a valid datetime string.",
  )
  .transform(
    (v) => new Date(/(Z|[+-]\d\d:?\d\d)$/.test(v) ? v : `${v.length === 10 ? `${v}T00:00:00` : v}Z`),
  );

/** The body as Tastypie accepted it, parsed into the release mutations' input (page by id). */
export const v1ReleaseBodySchema = z
  .object({
    name: v1Name,
    slug: v1Slug,
    version: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(100)], { error: "Select a valid choice." })
      .optional(),
    is_published: z.boolean().optional(),
    is_latest: z.boolean().optional(),
    release_date: naiveDate.optional(),
    pre_release: z.boolean().optional(),
    release_page: v1ResourceUri("pages/page").nullable().optional(),
    release_notes_url: url200.optional(),
    show_on_download_page: z.boolean().optional(),
  })
  .transform((b): ReleaseInput & { name: string } => ({
    name: b.name,
    slug: b.slug,
    version: b.version,
    isPublished: b.is_published,
    isLatest: b.is_latest,
    releaseDate: b.release_date,
    preRelease: b.pre_release,
    releasePageId: b.release_page,
    releaseNotesUrl: b.release_notes_url,
    showOnDownloadPage: b.show_on_download_page,
  }));

export const v1ReleaseOperations = {
  list: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/downloads/release/",
    summary: "List releases (published only, unless staff)",
    query: v1ReleaseQuerySchema,
    responses: ok("Releases", v1ReleaseListSchema),
  }),
  get: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/downloads/release/{id}/",
    summary: "One release (401 when unpublished, unless staff)",
    params: v1IdParamsSchema,
    responses: ok("The release", v1ReleaseSchema),
  }),
  create: defineOperation({
    ...v1Write,
    method: "POST",
    path: "/api/v1/downloads/release/",
    summary: "Create a release (staff)",
    body: v1ReleaseBodySchema,
    resourceName: "downloads/release",
    wireErrors: releaseWireErrors,
    responses: created,
  }),
  remove: defineOperation({
    ...v1Write,
    method: "DELETE",
    path: "/api/v1/downloads/release/{id}/",
    summary: "Delete a release (staff)",
    params: v1IdParamsSchema,
    responses: deleted,
  }),
};
