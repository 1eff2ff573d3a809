/**
 * Pieces shared by the /api/v1/downloads/ resources (apps/downloads/api.py, Tastypie): reads open
 * to all (unpublished releases hidden from non-staff), ApiKey header auth, 600 requests an hour;
 * staff writes with Tastypie's bodies and messages.
 */
import { z } from "zod";

export const bool = z
  .enum(["true", "false", "True", "False", "1", "0"])
  .transform((v) => ["true", "True", "1"].includes(v));
export const date = z.iso
  .datetime({ local: true, offset: true })
  .or(z.iso.date())
  .transform((v) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || v.length === 10 ? v : `${v}Z`));
/** Tastypie's range lookup: "from,to", both ends included. */
export const dateRange = z.string().transform((v, ctx) => {
  const [from, to, ...rest] = v.split(",").map((p) => date.safeParse(p.trim()));
  if (!from?.success || !to?.success || rest.length) {
    ctx.addIssue({ code: "custom", message: "A range is two datetimes separated by a comma." });
    return z.NEVER;
  }
  return [from.data, to.data] as const;
});
export const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
export const v1IdParamsSchema = z.object({ id });

/** Tastypie's list envelope: meta (limit, next, offset, previous, total_count) and objects. */
export const envelope = (item: z.ZodType) =>
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

export const v1Common = {
  tags: ["downloads (v1)"],
  errors: "tastypie",
  auth: ["apikey"],
  rateLimit: { anon: "api-v1", user: "api-v1" },
} as const;
export const v1Write = { ...v1Common, role: "staff" } as const;
export const ok = (description: string, schema: z.ZodType) => ({ 200: { description, schema } });
export const created = { 201: { description: "Created (empty body, Location header)" } };
export const deleted = { 204: { description: "Deleted" } };

// Write bodies as Tastypie accepted them (its form validation messages).
export const v1Name = z
  .string({ error: "This field is required." })
  .trim()
  .min(1, "This field is required.")
  .max(200);
export const v1Slug = z
  .string()
  .max(200)
  .regex(/^[-a-zA-Z0-9_]+$/, "Enter a valid slug.")
  .optional();
export const url200 = z.union([z.url({ error: "Enter a valid URL." }).max(200), z.literal("")]);
