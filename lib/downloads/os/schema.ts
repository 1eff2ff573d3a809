import { z } from "zod";

/**
 * What the OS mutations take (apps/downloads/models.py OS): camelCase, no wire format. The API
 * and admin adapters validate their own bodies and forms and hand over this shape.
 */
export const createOsInputSchema = z.object({ name: z.string(), slug: z.string().optional() });
export const updateOsInputSchema = createOsInputSchema.partial();
export type CreateOsInput = z.infer<typeof createOsInputSchema>;
export type UpdateOsInput = z.infer<typeof updateOsInputSchema>;

/** The list filters the adapters translate to (DRF filterset_fields, Tastypie Meta.filtering). */
export type OsFilter = { name?: string; slug?: string };
