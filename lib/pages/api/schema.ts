/**
 * /api/v2/pages/page/ (apps/pages/serializers.py PageSerializer, PageViewSet: read only).
 * Non-staff see published pages only; filters are strict (BaseFilterSet).
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";
import { paginationQuerySchema } from "@/lib/api/tastypie";
import type { PageInput } from "@/lib/pages/schema";
import { normalizePath, PAGE_PATH_MESSAGE, PAGE_PATH_RE } from "@/lib/pages/utils";

export const pageResponseSchema = z
  .object({
    title: z.string(),
    path: z.string(),
    keywords: z.string(),
    description: z.string(),
    content: z.string().describe("Rendered, sanitized HTML"),
    is_published: z.boolean(),
    template_name: z.string(),
    resource_uri: z.string(),
  })
  .meta({ id: "Page" });
export const pageListResponseSchema = z.array(pageResponseSchema);

export const PAGE_FILTERS: Record<string, string[]> = {
  title: ["exact"],
  path: ["exact"],
  keywords: ["exact", "icontains"],
  is_published: ["exact"],
};
const bool = z
  .enum(["true", "false", "True", "False", "1", "0"], { error: "Enter a valid boolean." })
  .transform((v) => ["true", "True", "1"].includes(v));
export const listPagesQuerySchema = z.object({
  title: z.string().optional(),
  path: z.string().optional(),
  keywords: z.string().optional(),
  keywords__icontains: z.string().optional(),
  is_published: bool.optional(),
});
export type ListPagesQuery = z.output<typeof listPagesQuerySchema>;
export const pageIdParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const common = {
  tags: ["pages (v2)"],
  errors: "drf",
  auth: ["token"],
  rateLimit: { anon: "api-v2-anon", user: "api-v2-user" },
} as const;
export const pageOperations = {
  list: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v2/pages/page/",
    summary: "List CMS pages (strict filters)",
    query: listPagesQuerySchema,
    responses: { 200: { description: "Pages by title and path", schema: pageListResponseSchema } },
  }),
  get: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v2/pages/page/{id}/",
    summary: "One CMS page",
    params: pageIdParamsSchema,
    responses: { 200: { description: "The page", schema: pageResponseSchema } },
  }),
};

// /api/v1/pages/page/ (apps/pages/api.py, Tastypie): reads, published only for non-staff.
export const v1PagesQuerySchema = paginationQuerySchema.extend({
  title: z.string().optional(),
  keywords: z.string().optional(),
  keywords__icontains: z.string().optional(),
  path: z.string().optional(),
  is_published: bool.optional(),
});
export const v1PageSchema = z
  .object({
    content: z.string(),
    description: z.string(),
    is_published: z.boolean(),
    keywords: z.string(),
    path: z.string(),
    resource_uri: z.string(),
    template_name: z.string(),
    title: z.string(),
  })
  .meta({ id: "V1Page" });
export const v1PageListSchema = z.object({
  meta: z.object({
    limit: z.number(),
    next: z.string().nullable(),
    offset: z.number(),
    previous: z.string().nullable(),
    total_count: z.number(),
  }),
  objects: z.array(v1PageSchema),
});
const v1Common = {
  tags: ["pages (v1)"],
  errors: "tastypie",
  auth: ["apikey"],
  rateLimit: { anon: "api-v1", user: "api-v1" },
} as const;
export const v1PageOperations = {
  list: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/pages/page/",
    summary: "List CMS pages",
    query: v1PagesQuerySchema,
    responses: { 200: { description: "Pages", schema: v1PageListSchema } },
  }),
  get: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/pages/page/{id}/",
    summary: "One CMS page (401 when unpublished, unless staff)",
    params: pageIdParamsSchema,
    responses: { 200: { description: "The page", schema: v1PageSchema } },
  }),
};

/** The body as Tastypie accepted it, parsed into the page mutations' input. */
export const v1PageBodySchema = z
  .object({
    title: z.string({ error: "This field is required." }).trim().min(1, "This field is required.").max(500),
    path: z
      .string({ error: "This field is required." })
      .max(500)
      .regex(PAGE_PATH_RE, PAGE_PATH_MESSAGE)
      .transform(normalizePath),
    content: z.string().max(1_000_000).default(""),
    description: z.string().max(10_000).default(""),
    keywords: z.string().max(1000).default(""),
    is_published: z.boolean().default(true),
    template_name: z.string().max(100).default(""),
  })
  .transform((b): PageInput => ({
    title: b.title,
    path: b.path,
    content: b.content,
    description: b.description,
    keywords: b.keywords,
    isPublished: b.is_published,
    templateName: b.template_name,
    // PageResource writes reStructuredText HTML pages (the model's defaults).
    contentMarkupType: "restructuredtext",
    contentType: "text/html",
  }));

const v1Write = { ...v1Common, role: "staff" } as const;
export const v1PageWriteOperations = {
  create: defineOperation({
    ...v1Write,
    method: "POST",
    path: "/api/v1/pages/page/",
    summary: "Create a CMS page (staff); content is reStructuredText, rendered and sanitized on write",
    body: v1PageBodySchema,
    resourceName: "pages/page",
    responses: { 201: { description: "Created (empty body, Location header)" } },
  }),
  delete: defineOperation({
    ...v1Write,
    method: "DELETE",
    path: "/api/v1/pages/page/{id}/",
    summary: "Delete a CMS page (staff)",
    params: pageIdParamsSchema,
    responses: { 204: { description: "Deleted" } },
  }),
};
