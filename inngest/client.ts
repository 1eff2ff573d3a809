/**
 * The one Inngest client and the typed events of every domain, named `<domain>/<noun>.<past-verb>`
 * (STYLE.md rule 5). Payloads are validated by their zod schema when sent through lib/jobs.ts.
 */
import { eventType, Inngest } from "inngest";
import { z } from "zod";
import { env } from "@/lib/env";

export const inngest = new Inngest({
  id: "pydotorg",
  // v4 defaults to cloud mode; INNGEST_DEV=1 talks to a local dev server instead.
  isDev: env.INNGEST_DEV,
  ...(env.INNGEST_EVENT_KEY ? { eventKey: env.INNGEST_EVENT_KEY } : {}),
  ...(env.INNGEST_SIGNING_KEY ? { signingKey: env.INNGEST_SIGNING_KEY } : {}),
});

/** True when events go to an Inngest server; otherwise lib/jobs.ts runs functions in-process. */
export function isInngestConfigured(): boolean {
  return env.INNGEST_DEV || Boolean(env.INNGEST_EVENT_KEY);
}

const searchRef = z.object({ type: z.string().min(1).max(50), objectId: z.string().min(1).max(100) });

export const events = {
  /** Content was published, edited, unpublished or deleted: bring its search document in line. */
  searchDocumentChanged: eventType("search/document.changed", { schema: searchRef }),
  /** Rebuild the whole search index (staff request, or after an import). */
  searchReindexRequested: eventType("search/reindex.requested", {
    schema: z.object({ requestedBy: z.string().max(150) }),
  }),
  /** A release became visible (or changed) on the downloads pages. */
  downloadsReleasePublished: eventType("downloads/release.published", {
    schema: z.object({ releaseId: z.number().int().positive() }),
  }),
  /** Staff asked for a release's signatures to be checked again (e.g. after adding a key). */
  downloadsSignaturesRequested: eventType("downloads/signatures.requested", {
    schema: z.object({ releaseId: z.number().int().positive() }),
  }),
} as const;

export type AppEvent = (typeof events)[keyof typeof events];
export type EventName = AppEvent["name"];
export type EventData<N extends EventName> = z.infer<Extract<AppEvent, { name: N }>["schema"]>;
