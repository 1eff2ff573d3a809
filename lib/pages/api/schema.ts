/**
 * /api/v2/pages/page/ (apps/pages/serializers.py PageSerializer, PageViewSet: read only).
 * Non-staff see published pages only; filters are strict (BaseFilterSet).
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api-spec";

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
