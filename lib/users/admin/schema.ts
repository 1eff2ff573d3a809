import { z } from "zod";
import { many } from "@/lib/platform/forms";
import { USER_BULK_OPS, USER_OPS } from "./constants";

/** One operation on one user, from the user's page. */
export const userOpSchema = z.object({ userId: z.coerce.number().int().positive(), op: z.enum(USER_OPS) });

/** The list's bulk operations on the checked rows (at most a page's worth). */
export const usersBulkSchema = z.object({
  ids: many(z.coerce.number().int().positive()).pipe(z.array(z.number()).min(1).max(100)),
  op: z.enum(USER_BULK_OPS),
});

export const noInputSchema = z.object({});
