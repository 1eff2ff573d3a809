/**
 * The sponsors domain's background events (STYLE.md rule 5), listed in inngest/client.ts: staff
 * ask for the PyCon vouchers of a year (create_pycon_vouchers_for_sponsors <year>, §4.2) from
 * /admin/sponsors/tools/ or `npm run job`; without a year, the current sponsorship year.
 */
import { eventType } from "inngest";
import { z } from "zod";

export const sponsorsEvents = {
  sponsorsVouchersRequested: eventType("sponsors/vouchers.requested", {
    schema: z.object({
      year: z.number().int().min(2000).max(2100).optional(),
      requestedBy: z.number().int().optional(),
    }),
  }),
} as const;
