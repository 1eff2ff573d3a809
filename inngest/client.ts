/**
 * The one Inngest client, the typed events of every domain, named `<domain>/<noun>.<past-verb>`
 * (STYLE.md rule 5), and emit(): the one way domains start background work. Payloads are
 * validated by their zod schema on emit; without Inngest the functions run in this process
 * (lib/platform/jobs/runner.ts).
 */
import "server-only";
import { eventType, Inngest } from "inngest";
import { z } from "zod";
import { env } from "@/lib/platform/env";
import { createJobRunner as createRunner, type JobRegistry } from "@/lib/platform/jobs/runner";

export const inngest = new Inngest({
  id: "pydotorg",
  // v4 defaults to cloud mode; INNGEST_DEV=1 talks to a local dev server instead.
  isDev: env.INNGEST_DEV,
  ...(env.INNGEST_EVENT_KEY ? { eventKey: env.INNGEST_EVENT_KEY } : {}),
  ...(env.INNGEST_SIGNING_KEY ? { signingKey: env.INNGEST_SIGNING_KEY } : {}),
});

/** True when events go to an Inngest server; otherwise the runner runs functions in-process. */
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

type EventSchemas = { [E in AppEvent as E["name"]]: E["schema"] };
const eventSchemas = Object.fromEntries(Object.values(events).map((e) => [e.name, e.schema])) as EventSchemas;

async function sendToInngest(event: { name: string; data: Record<string, unknown>; id?: string }) {
  if (!isInngestConfigured()) return false;
  await inngest.send(event);
  return true;
}

/** A runner over the given functions and this app's events; tests pass their own functions. */
export function createJobRunner(registry: JobRegistry) {
  return createRunner({ registry, schemas: eventSchemas, send: sendToInngest });
}

// Loaded lazily, the one late-bound import in the app: functions call domain mutations, which
// import this module to emit (tests/unit/structure checks there is no other cycle).
const runner = createJobRunner(async () => (await import("./index")).jobs);
export const { emit, executeRun, runJobNow, resumeStaleRuns } = runner;
