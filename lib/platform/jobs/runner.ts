/**
 * The background-work runner behind emit(). With Inngest configured (`send` returns true) the
 * event goes to Inngest, which calls back /api/inngest. Without it (or while it cannot be
 * reached), every function subscribed to the event runs in this process after the response (next/server `after()`), with retries, and
 * each run is recorded in BackgroundRun (queued → running → succeeded | failed) so nothing is
 * dropped silently; `resumeStaleRuns` picks up runs a crashed process left behind.
 *
 * Infrastructure: it knows no event and no function. inngest/client.ts gives it the event
 * catalogue and the function registry (loaded lazily there, since functions call domain code
 * that emits).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { NonRetriableError } from "inngest";
import { after } from "next/server";
import type { z } from "zod";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import { withTimeout } from "@/lib/platform/timeout";
import type { JobDefinition, JobLogger } from "./types";

export type JobRegistry = () => Promise<JobDefinition[]>;

export type JobRunnerOptions<E extends Record<string, z.ZodType>> = {
  /** Every function, loaded when first needed. */
  registry: JobRegistry;
  /** The payload schema of every event, by name. */
  schemas: E;
  /** Hands the event to an external engine; false when there is none (run in-process). */
  send: (event: { name: string; data: Record<string, unknown>; id?: string }) => Promise<boolean>;
  /** How long a send may take before Inngest counts as unreachable (a frozen server never answers). */
  sendTimeoutMs?: number;
};

/** A send that has not answered by then is given up: the write that emitted must not hang on it. */
export const SEND_TIMEOUT_MS = 2_000;

/** A runner over a set of functions; tests pass their own, the app's is built in inngest/client.ts. */
export function createJobRunner<E extends Record<string, z.ZodType>>({
  registry,
  schemas,
  send,
  sendTimeoutMs = SEND_TIMEOUT_MS,
}: JobRunnerOptions<E>) {
  /**
   * Inngest down, unreachable or frozen (no answer within sendTimeoutMs): the event is not lost
   * but run here, recorded in BackgroundRun like any in-process run (the functions are
   * idempotent, so a send that reached Inngest before failing or timing out costs a second run,
   * never a missing one).
   */
  async function handOff(event: { name: string; data: Record<string, unknown>; id?: string }) {
    try {
      return await withTimeout(
        send(event),
        sendTimeoutMs,
        `Inngest did not answer within ${sendTimeoutMs} ms`,
      );
    } catch (err) {
      log.warn(
        { err, event: event.name },
        "Inngest unreachable: running the event's functions in this process",
      );
      return false;
    }
  }

  /** Sends an event; returns the ids of the in-process runs it queued (empty when sent to Inngest). */
  async function emit<N extends keyof E & string>(
    name: N,
    data: z.input<E[N]>,
    opts: { id?: string } = {},
  ): Promise<number[]> {
    const schema = schemas[name];
    if (!schema) throw new Error(`Unknown event "${name}".`);
    const payload = schema.parse(data) as Record<string, unknown>;
    if (await handOff({ name, data: payload, ...(opts.id ? { id: opts.id } : {}) })) return [];
    const eventId = opts.id ?? randomUUID();
    let subscribed = (await registry()).filter((j) => "event" in j.trigger && j.trigger.event === name);
    if (opts.id) {
      // Like Inngest's event-id deduplication: one run per function for a given event id.
      const seen = await db.backgroundRun.findMany({
        where: { eventId: opts.id, functionId: { in: subscribed.map((j) => j.id) } },
        select: { functionId: true },
      });
      subscribed = subscribed.filter((j) => !seen.some((s) => s.functionId === j.id));
    }
    const runs = await Promise.all(
      subscribed.map((job) =>
        db.backgroundRun.create({
          data: { functionId: job.id, eventName: name, eventId, payload: payload as object },
          select: { id: true },
        }),
      ),
    );
    const work = () => Promise.all(runs.map((r) => executeRun(r.id)));
    try {
      after(work); // inside a request: run after the response is sent
    } catch {
      await work(); // scripts, tests, Inngest functions: no request scope, run now
    }
    return runs.map((r) => r.id);
  }

  const backoffMs = (attempt: number) => Math.min(100 * 2 ** attempt, 5_000);

  function jobLogger(runId: number, functionId: string): JobLogger {
    const child = log.child({ runId, functionId });
    return {
      info: (...a) => child.info(a.map(String).join(" ")),
      warn: (...a) => child.warn(a.map(String).join(" ")),
      error: (...a) => child.error(a.map(String).join(" ")),
    };
  }

  /**
   * Runs one recorded run to completion: up to 1 + retries attempts, memoizing finished steps
   * across attempts like Inngest does. A NonRetriableError fails at once. Never throws.
   */
  async function executeRun(runId: number): Promise<"succeeded" | "failed" | "skipped"> {
    const run = await db.backgroundRun.findUnique({ where: { id: runId } });
    if (!run || run.status === "succeeded") return "skipped";
    const job = (await registry()).find((j) => j.id === run.functionId);
    if (!job) {
      await db.backgroundRun.update({
        where: { id: runId },
        data: { status: "failed", error: `No function with id ${run.functionId}`, finishedAt: new Date() },
      });
      return "failed";
    }
    const logger = jobLogger(runId, job.id);
    const memo = new Map<string, unknown>();
    const step = {
      run: async <T>(id: string, fn: () => Promise<T> | T): Promise<T> => {
        if (memo.has(id)) return memo.get(id) as T;
        const value = await fn();
        memo.set(id, value);
        return value;
      },
    };
    const event = {
      name: run.eventName,
      data: run.payload as Record<string, unknown>,
      id: run.eventId ?? undefined,
    };
    for (let attempt = 0; attempt <= job.retries; attempt++) {
      await db.backgroundRun.update({
        where: { id: runId },
        data: { status: "running", attempts: { increment: 1 }, startedAt: new Date() },
      });
      try {
        await job.handler({ event, step, logger, attempt });
        await db.backgroundRun.update({
          where: { id: runId },
          data: { status: "succeeded", error: null, finishedAt: new Date() },
        });
        return "succeeded";
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const final = attempt === job.retries || e instanceof NonRetriableError;
        logger.warn(`attempt ${attempt + 1} failed${final ? " (giving up)" : ""}: ${message}`);
        await db.backgroundRun.update({
          where: { id: runId },
          data: final
            ? { status: "failed", error: message.slice(0, 2000), finishedAt: new Date() }
            : { status: "queued", error: message.slice(0, 2000) },
        });
        if (final) return "failed";
        await new Promise((r) => setTimeout(r, backoffMs(attempt)));
      }
    }
    return "failed";
  }

  /** Runs a function by id now (crons by hand: `npm run job -- <id>`), recorded like any run. */
  async function runJobNow(functionId: string, data: Record<string, unknown> = {}) {
    const job = (await registry()).find((j) => j.id === functionId);
    if (!job) {
      const ids = (await registry()).map((j) => j.id).join(", ");
      throw new Error(`Unknown function "${functionId}". Known: ${ids}`);
    }
    const eventName = "event" in job.trigger ? job.trigger.event : "inngest/scheduled.timer";
    const run = await db.backgroundRun.create({
      data: { functionId, eventName, eventId: randomUUID(), payload: data as object },
      select: { id: true },
    });
    const status = await executeRun(run.id);
    return { runId: run.id, status };
  }

  /**
   * Re-executes runs a stopped process left behind: queued and never started, or running with no
   * progress, for longer than `olderThanMs`. Each run is claimed with a conditional update so two
   * instances never resume the same one.
   */
  async function resumeStaleRuns(olderThanMs = 10 * 60_000, limit = 50): Promise<number> {
    const cutoff = new Date(Date.now() - olderThanMs);
    const stale = await db.backgroundRun.findMany({
      where: {
        OR: [
          { status: "queued", createdAt: { lt: cutoff }, startedAt: null },
          { status: "running", startedAt: { lt: cutoff } },
        ],
      },
      select: { id: true, status: true, startedAt: true },
      orderBy: { createdAt: "asc" },
      take: limit,
    });
    let resumed = 0;
    for (const r of stale) {
      const claim = await db.backgroundRun.updateMany({
        where: { id: r.id, status: r.status, startedAt: r.startedAt },
        data: { status: "queued", startedAt: new Date() },
      });
      if (claim.count === 1) {
        resumed++;
        await executeRun(r.id);
      }
    }
    return resumed;
  }

  return { emit, executeRun, runJobNow, resumeStaleRuns };
}
