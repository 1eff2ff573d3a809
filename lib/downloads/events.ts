/**
 * The downloads domain's background events (STYLE.md rule 5: `<domain>/<noun>.<past-verb>`),
 * listed in the catalogue of inngest/client.ts; payloads are checked against these schemas on emit.
 */
import { eventType } from "inngest";
import { z } from "zod";

const releaseRef = z.object({ releaseId: z.number().int().positive() });

export const downloadsEvents = {
  /** A release became visible (or changed) on the downloads pages. */
  downloadsReleasePublished: eventType("downloads/release.published", { schema: releaseRef }),
  /** Staff asked for a release's signatures to be checked again (e.g. after adding a key). */
  downloadsSignaturesRequested: eventType("downloads/signatures.requested", { schema: releaseRef }),
} as const;
