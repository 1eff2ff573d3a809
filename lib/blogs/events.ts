/**
 * The blogs domain's background events (STYLE.md rule 5), listed in inngest/client.ts: staff ask
 * for the feeds to be read now (the admin's "Sync new blog entries").
 */
import { eventType } from "inngest";
import { z } from "zod";

export const blogsEvents = {
  blogsSyncRequested: eventType("blogs/sync.requested", {
    schema: z.object({ requestedBy: z.string().max(150).optional() }),
  }),
} as const;
