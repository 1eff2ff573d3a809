/** A flag's settings as staff edit them (waffle FlagAdmin: everyone, superusers, staff, testing, note). */
import { z } from "zod";

export const flagInputSchema = z.object({
  // "" = unknown (decide by role), "yes" = on for everyone, "no" = off for everyone.
  everyone: z.enum(["", "yes", "no"], "Choose on, off or by role.").transform((v) => (v === "" ? null : v === "yes")),
  superusers: z.boolean(),
  staff: z.boolean(),
  testing: z.boolean(),
  note: z.string().trim().max(2000, "Use at most 2000 characters."),
});

export type FlagInput = z.output<typeof flagInputSchema>;
