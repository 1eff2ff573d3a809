/**
 * The one Inngest client, the catalogue of every domain's typed events (each defined in its
 * lib/<domain>/events.ts, named `<domain>/<noun>.<past-verb>`, STYLE.md rule 5), and emit(): the
 * one way domains start background work. Payloads are validated by their zod schema on emit;
 * without Inngest the functions run in this process (lib/platform/jobs/runner.ts).
 */
import "server-only";
import { Inngest } from "inngest";
import type { z } from "zod";
import { blogsEvents } from "@/lib/blogs/events";
import { boxesEvents } from "@/lib/boxes/events";
import { downloadsEvents } from "@/lib/downloads/events";
import { env } from "@/lib/platform/env";
import { createJobRunner as createRunner, type JobRegistry } from "@/lib/platform/jobs/runner";
import { searchEvents } from "@/lib/platform/search/events";
import { sponsorsEvents } from "@/lib/sponsors/events";

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

/** The catalogue: each domain's events (lib/<domain>/events.ts), one line per domain. */
export const events = {
  ...searchEvents,
  ...downloadsEvents,
  ...boxesEvents,
  ...blogsEvents,
  ...sponsorsEvents,
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
