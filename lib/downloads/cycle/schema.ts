import { z } from "zod";

/**
 * One entry of the PEPs site's release-cycle feed (peps.python.org/api/release-cycle.json), keyed
 * by series: {"3.13": {"branch": "3.13", "pep": 719, "status": "bugfix", "first_release":
 * "2024-10-07", "end_of_life": "2029-10", "release_manager": "…"}}. Extra keys are ignored.
 */
export const cycleEntrySchema = z.object({
  branch: z.string().max(32).optional().default(""),
  pep: z.number().int().positive().nullish(),
  status: z.string().min(1).max(32),
  first_release: z.string().max(16).optional().default(""),
  end_of_life: z.string().max(16).optional().default(""),
  release_manager: z.string().max(200).optional().default(""),
});

export const cycleFeedSchema = z
  .record(z.string().regex(/^\d+\.\d+$/, "Series keys look like 3.13."), cycleEntrySchema)
  .refine((feed) => Object.keys(feed).length > 0, "The release-cycle feed is empty.");

export type CycleFeed = z.infer<typeof cycleFeedSchema>;
