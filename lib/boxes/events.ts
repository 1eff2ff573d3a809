/**
 * The boxes domain's background events (STYLE.md rule 5), listed in inngest/client.ts. Staff (or
 * a script) ask for the code-generated boxes to be written again from their sources.
 */
import { eventType } from "inngest";
import { z } from "zod";

export const boxesEvents = {
  boxesRegenerateRequested: eventType("boxes/regenerate.requested", {
    schema: z.object({ reason: z.string().max(200).optional() }),
  }),
} as const;
