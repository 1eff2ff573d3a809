/**
 * /api/v2/downloads/release/ (apps/downloads/serializers.py ReleaseSerializer, ReleaseViewSet):
 * published releases for everyone, all of them for staff; writes for staff; DRF bodies, parsed
 * into the release mutations' input (camelCase, the release page by id).
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";
import { required, v2Hyperlink } from "@/lib/downloads/api/schema";
import type { ReleaseInput } from "@/lib/downloads/release/schema";
import { releaseWireErrors } from "@/lib/downloads/api/utils";
import { v2Common } from "@/lib/downloads/api/v2/schema";

const bool = z
  .enum(["true", "false", "True", "False", "1", "0"])
  .transform((v) => v === "true" || v === "True" || v === "1");

export const releaseResponseSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    version: z.number().int(),
    is_published: z.boolean(),
    is_latest: z.boolean(),
    release_date: z.string(),
    pre_release: z.boolean(),
    release_page: z.string().nullable(),
    release_notes_url: z.string(),
    show_on_download_page: z.boolean(),
    resource_uri: z.string(),
  })
  .meta({ id: "Release" });
export const releaseListResponseSchema = z.array(releaseResponseSchema);

// ReleaseViewSet filterset_fields; other parameters are ignored, as in DRF. version_xy is ours
// (python/pythondotorg#1352): releases of one minor series, e.g. 3.12.
export const listReleasesQuerySchema = z.object({
  name: z.string().optional(),
  slug: z.string().optional(),
  is_published: bool.optional(),
  pre_release: bool.optional(),
  version: z.enum(["1", "2", "3", "100"], { error: "Select a valid choice." }).transform(Number).optional(),
  release_date: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  version_xy: z
    .string()
    .regex(/^\d+\.\d+$/, "Use MAJOR.MINOR, e.g. 3.12.")
    .optional(),
});
export type ListReleasesQuery = z.output<typeof listReleasesQuerySchema>;

export const releaseIdParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const pageLink = v2Hyperlink("pages/page").nullable();

const releaseFields = {
  name: z.string(required).trim().min(1, "This field may not be blank.").max(200),
  slug: z
    .string()
    .max(200)
    .regex(
      /^[-a-zA-Z0-9_]+$/,
      'Enter a valid "slug" consisting of letters, numbers, underscores or hyphens.',
    ),
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(100)], {
    error: "Select a valid choice.",
  }),
  is_published: z.boolean(),
  is_latest: z.boolean(),
  release_date: z.iso.datetime({ offset: true, error: "Datetime has wrong format." }),
  pre_release: z.boolean(),
  release_page: pageLink,
  release_notes_url: z.union([z.url({ error: "Enter a valid URL." }).max(200), z.literal("")]),
  show_on_download_page: z.boolean(),
};

type ReleaseBody = Partial<{ [K in keyof typeof releaseFields]: z.output<(typeof releaseFields)[K]> }>;

/** A DRF body as the mutations' input; a key the body left out is undefined (left as it is). */
export const toReleaseInput = (b: ReleaseBody): ReleaseInput => ({
  name: b.name,
  slug: b.slug,
  version: b.version,
  isPublished: b.is_published,
  isLatest: b.is_latest,
  releaseDate: b.release_date === undefined ? undefined : new Date(b.release_date),
  preRelease: b.pre_release,
  releasePageId: b.release_page,
  releaseNotesUrl: b.release_notes_url,
  showOnDownloadPage: b.show_on_download_page,
});

export const createReleaseBodySchema = z
  .object({ ...releaseFields, slug: releaseFields.slug.optional() })
  .partial({
    version: true,
    is_published: true,
    is_latest: true,
    release_date: true,
    pre_release: true,
    release_page: true,
    release_notes_url: true,
    show_on_download_page: true,
  })
  .meta({ id: "ReleaseInput" })
  .transform((b) => ({ ...toReleaseInput(b), name: b.name }));
export const updateReleaseBodySchema = z
  .object(releaseFields)
  .partial({
    slug: true,
    is_latest: true,
    release_page: true,
    release_notes_url: true,
    show_on_download_page: true,
    pre_release: true,
    is_published: true,
    release_date: true,
  })
  .transform(toReleaseInput);
export const patchReleaseBodySchema = z.object(releaseFields).partial().transform(toReleaseInput);

// The mutations' rule errors in ReleaseSerializer's names and wording.
const common = { ...v2Common, wireErrors: releaseWireErrors };
const item = "/api/v2/downloads/release/{id}/";

export const releaseOperations = {
  list: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v2/downloads/release/",
    summary: "List releases (published only, unless staff)",
    query: listReleasesQuerySchema,
    responses: { 200: { description: "Releases by name", schema: releaseListResponseSchema } },
  }),
  create: defineOperation({
    ...common,
    method: "POST",
    path: "/api/v2/downloads/release/",
    summary: "Create a release (staff)",
    role: "staff",
    body: createReleaseBodySchema,
    responses: { 201: { description: "Created", schema: releaseResponseSchema } },
  }),
  get: defineOperation({
    ...common,
    method: "GET",
    path: item,
    summary: "One release",
    params: releaseIdParamsSchema,
    responses: { 200: { description: "The release", schema: releaseResponseSchema } },
  }),
  replace: defineOperation({
    ...common,
    method: "PUT",
    path: item,
    summary: "Replace a release (staff)",
    role: "staff",
    params: releaseIdParamsSchema,
    body: updateReleaseBodySchema,
    responses: { 200: { description: "Updated", schema: releaseResponseSchema } },
  }),
  update: defineOperation({
    ...common,
    method: "PATCH",
    path: item,
    summary: "Update a release (staff)",
    role: "staff",
    params: releaseIdParamsSchema,
    body: patchReleaseBodySchema,
    responses: { 200: { description: "Updated", schema: releaseResponseSchema } },
  }),
  remove: defineOperation({
    ...common,
    method: "DELETE",
    path: item,
    summary: "Delete a release and its files (staff)",
    role: "staff",
    params: releaseIdParamsSchema,
    responses: { 204: { description: "Deleted" } },
  }),
};
