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

export type CycleEntry = z.infer<typeof cycleEntrySchema>;

/**
 * The feed: an object keyed by series. Entries that are not a series ("3.13") or do not parse
 * are skipped, so one odd addition to the feed does not stop the rest; a feed with no usable
 * entry at all is refused.
 */
export const cycleFeedSchema = z
  .record(z.string(), z.unknown())
  .transform((feed) => {
    const entries: [string, CycleEntry][] = [];
    for (const [series, value] of Object.entries(feed)) {
      const entry = cycleEntrySchema.safeParse(value);
      if (/^\d+\.\d+$/.test(series) && entry.success) entries.push([series, entry.data]);
    }
    return entries;
  })
  .refine((entries) => entries.length > 0, "The release-cycle feed has no usable series.");
