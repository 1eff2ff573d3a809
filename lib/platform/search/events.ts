/**
 * The search index's background events, listed in the catalogue of inngest/client.ts. Domains
 * emit `search/document.changed` by name when they publish, edit or remove searchable content;
 * the functions in inngest/functions/search.ts handle both.
 */
import { eventType } from "inngest";
import { z } from "zod";

const searchRef = z.object({ type: z.string().min(1).max(50), objectId: z.string().min(1).max(100) });

export const searchEvents = {
  /** Content was published, edited, unpublished or deleted: bring its search document in line. */
  searchDocumentChanged: eventType("search/document.changed", { schema: searchRef }),
  /** Rebuild the whole search index (staff request, or after an import). */
  searchReindexRequested: eventType("search/reindex.requested", {
    schema: z.object({ requestedBy: z.string().max(150) }),
  }),
} as const;
