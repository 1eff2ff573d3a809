/** /api/v1/downloads/os/ (apps/downloads/api.py OSResource). */
import { z } from "zod";
import { paginationQuerySchema } from "@/lib/api/tastypie";
import { defineOperation } from "@/lib/api/spec";
import type { CreateOsInput } from "@/lib/downloads/os/schema";
import {
  created,
  deleted,
  envelope,
  ok,
  v1Common,
  v1IdParamsSchema,
  v1Name,
  v1Slug,
  v1Write,
} from "@/lib/downloads/api/v1/schema";

export const v1OsQuerySchema = paginationQuerySchema.extend({
  name: z.string().optional(),
  slug: z.string().optional(),
});
export const v1OsSchema = z
  .object({ name: z.string(), resource_uri: z.string(), slug: z.string() })
  .meta({ id: "V1OperatingSystem" });
export const v1OsListSchema = envelope(v1OsSchema);

// The body's names are the domain's: the parsed body is the mutation's input.
export const v1OsBodySchema = z.object({ name: v1Name, slug: v1Slug }) satisfies z.ZodType<CreateOsInput>;

export const v1OsOperations = {
  list: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/downloads/os/",
    summary: "List operating systems",
    query: v1OsQuerySchema,
    responses: ok("Operating systems", v1OsListSchema),
  }),
  get: defineOperation({
    ...v1Common,
    method: "GET",
    path: "/api/v1/downloads/os/{id}/",
    summary: "One operating system",
    params: v1IdParamsSchema,
    responses: ok("The operating system", v1OsSchema),
  }),
  create: defineOperation({
    ...v1Write,
    method: "POST",
    path: "/api/v1/downloads/os/",
    summary: "Create an operating system (staff)",
    body: v1OsBodySchema,
    resourceName: "downloads/os",
    responses: created,
  }),
  remove: defineOperation({
    ...v1Write,
    method: "DELETE",
    path: "/api/v1/downloads/os/{id}/",
    summary: "Delete an operating system (staff)",
    params: v1IdParamsSchema,
    responses: deleted,
  }),
};
