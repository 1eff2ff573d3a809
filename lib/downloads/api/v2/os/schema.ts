/**
 * /api/v2/downloads/os/ (apps/downloads/serializers.py OSSerializer, DRF ModelViewSet): reads
 * for everyone, writes for staff, DRF error bodies. Also the platform's sample of withApi.
 */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";
import type { CreateOsInput, UpdateOsInput } from "@/lib/downloads/os/schema";
import { v2Common } from "@/lib/downloads/api/v2/schema";

const required = (what: string) => ({
  error: (iss: { input: unknown }) =>
    iss.input === undefined ? "This field is required." : `Not a valid ${what}.`,
});

export const osResponseSchema = z
  .object({ name: z.string(), slug: z.string(), resource_uri: z.string() })
  .meta({ id: "OperatingSystem" });
export const osListResponseSchema = z.array(osResponseSchema);

// OSViewSet filterset_fields = name, slug (exact); other parameters are ignored, as in DRF.
export const listOsQuerySchema = z.object({ name: z.string().optional(), slug: z.string().optional() });
export const osIdParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const name = z
  .string(required("string"))
  .trim()
  .min(1, "This field may not be blank.")
  .max(200, "Ensure this field has no more than 200 characters.");
const slug = z
  .string(required("string"))
  .max(200, "Ensure this field has no more than 200 characters.")
  .regex(/^[-a-zA-Z0-9_]+$/, 'Enter a valid "slug" consisting of letters, numbers, underscores or hyphens.');

// The body's names are the domain's (name, slug): the parsed body is the mutations' input.
export const createOsBodySchema = z
  .object({ name, slug: slug.optional() })
  .meta({ id: "OperatingSystemInput" }) satisfies z.ZodType<CreateOsInput>;
export const updateOsBodySchema = z.object({ name, slug }) satisfies z.ZodType<UpdateOsInput>;
export const patchOsBodySchema = z.object({
  name: name.optional(),
  slug: slug.optional(),
}) satisfies z.ZodType<UpdateOsInput>;

const common = v2Common;
const itemPath = "/api/v2/downloads/os/{id}/";

export const osOperations = {
  list: defineOperation({
    ...common,
    method: "GET",
    path: "/api/v2/downloads/os/",
    summary: "List operating systems",
    query: listOsQuerySchema,
    responses: { 200: { description: "Operating systems by name", schema: osListResponseSchema } },
  }),
  create: defineOperation({
    ...common,
    method: "POST",
    path: "/api/v2/downloads/os/",
    summary: "Create an operating system (staff)",
    role: "staff",
    body: createOsBodySchema,
    responses: { 201: { description: "Created", schema: osResponseSchema } },
  }),
  get: defineOperation({
    ...common,
    method: "GET",
    path: itemPath,
    summary: "One operating system",
    params: osIdParamsSchema,
    responses: { 200: { description: "The operating system", schema: osResponseSchema } },
  }),
  replace: defineOperation({
    ...common,
    method: "PUT",
    path: itemPath,
    summary: "Replace an operating system (staff)",
    role: "staff",
    params: osIdParamsSchema,
    body: updateOsBodySchema,
    responses: { 200: { description: "Updated", schema: osResponseSchema } },
  }),
  update: defineOperation({
    ...common,
    method: "PATCH",
    path: itemPath,
    summary: "Update an operating system (staff)",
    role: "staff",
    params: osIdParamsSchema,
    body: patchOsBodySchema,
    responses: { 200: { description: "Updated", schema: osResponseSchema } },
  }),
  remove: defineOperation({
    ...common,
    method: "DELETE",
    path: itemPath,
    summary: "Delete an operating system (staff)",
    role: "staff",
    params: osIdParamsSchema,
    responses: { 204: { description: "Deleted" } },
  }),
};
