import { createServer, type AddressInfo, type Socket } from "node:net";
import { NonRetriableError } from "inngest";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { Inngest } from "inngest";
import { defineCron, defineJob, type JobDefinition } from "@/inngest/define";
import { db } from "@/lib/platform/db";
import { createJobRunner } from "@/inngest/client";
import { createJobRunner as createRunnerWith } from "@/lib/platform/jobs/runner";

// The in-process runner lib/platform/jobs/runner.ts uses when Inngest is not configured (as in these tests).
const calls: string[] = [];
let failuresLeft = 0;

const succeeding = defineJob(
  { id: "test-succeeds", event: "search/document.changed" },
  async ({ event, step }) => {
    await step.run("record", () => calls.push(`ok:${event.data.objectId}`));
  },
);
const flaky = defineJob(
  { id: "test-flaky", event: "search/reindex.requested", retries: 3 },
  async ({ step }) => {
    await step.run("first", () => calls.push("first-step"));
    await step.run("second", () => {
      if (failuresLeft-- > 0) throw new Error("temporary outage");
      calls.push("second-step");
    });
  },
);
const broken = defineJob(
  { id: "test-broken", event: "downloads/release.published", retries: 2 },
  async () => {
    calls.push("broken");
    throw new Error("the release service is gone");
  },
);
const fatal = defineCron({ id: "test-fatal", cron: "0 * * * *", retries: 5 }, async () => {
  calls.push("fatal");
  throw new NonRetriableError("bad configuration");
});
const jobs: JobDefinition[] = [succeeding, flaky, broken, fatal];
const runner = createJobRunner(async () => jobs);

beforeEach(async () => {
  calls.length = 0;
  failuresLeft = 0;
  await db.backgroundRun.deleteMany({ where: { functionId: { startsWith: "test-" } } });
});
afterAll(() => db.$disconnect());

describe("emit without Inngest", () => {
  it("runs the subscribed function once and records its success", async () => {
    const [runId] = await runner.emit("search/document.changed", { type: "page", objectId: "7" });
    expect(calls).toEqual(["ok:7"]);
    const run = await db.backgroundRun.findUniqueOrThrow({ where: { id: runId! } });
    expect(run).toMatchObject({ functionId: "test-succeeds", status: "succeeded", attempts: 1, error: null });
    expect(run.payload).toEqual({ type: "page", objectId: "7" });
  });

  it("rejects a payload that does not match the event's schema, recording nothing", async () => {
    await expect(runner.emit("downloads/release.published", { releaseId: -1 })).rejects.toThrow();
    expect(await db.backgroundRun.count({ where: { functionId: { startsWith: "test-" } } })).toBe(0);
  });

  it("deduplicates by event id, like Inngest", async () => {
    await runner.emit("search/document.changed", { type: "page", objectId: "8" }, { id: "evt-8" });
    await runner.emit("search/document.changed", { type: "page", objectId: "8" }, { id: "evt-8" });
    expect(calls).toEqual(["ok:8"]);
  });

  it("retries a failing function, reusing finished steps, until it succeeds", async () => {
    failuresLeft = 2;
    const [runId] = await runner.emit("search/reindex.requested", { requestedBy: "test" });
    expect(calls).toEqual(["first-step", "second-step"]);
    const run = await db.backgroundRun.findUniqueOrThrow({ where: { id: runId! } });
    expect(run).toMatchObject({ status: "succeeded", attempts: 3, error: null });
  });

  it("records the failure after the last retry", async () => {
    const [runId] = await runner.emit("downloads/release.published", { releaseId: 1 });
    expect(calls).toEqual(["broken", "broken", "broken"]);
    const run = await db.backgroundRun.findUniqueOrThrow({ where: { id: runId! } });
    expect(run).toMatchObject({ status: "failed", attempts: 3, error: "the release service is gone" });
    expect(run.finishedAt).not.toBeNull();
  });

  it("does not retry a NonRetriableError", async () => {
    const { status, runId } = await runner.runJobNow("test-fatal");
    expect(status).toBe("failed");
    expect(calls).toEqual(["fatal"]);
    expect(await db.backgroundRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ attempts: 1 });
  });

  it("runJobNow names the known functions when given an unknown id", async () => {
    await expect(runner.runJobNow("no-such-job")).rejects.toThrow(/Known: test-succeeds, test-flaky/);
  });

  it("resumes a run that a stopped process left queued", async () => {
    const stale = await db.backgroundRun.create({
      data: {
        functionId: "test-succeeds",
        eventName: "search/document.changed",
        payload: { type: "page", objectId: "9" },
        createdAt: new Date(Date.now() - 3_600_000),
      },
    });
    expect(await runner.resumeStaleRuns(10 * 60_000)).toBeGreaterThanOrEqual(1);
    expect(calls).toEqual(["ok:9"]);
    expect(await db.backgroundRun.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({
      status: "succeeded",
    });
  });
});

describe("emit with Inngest configured but unreachable", () => {
  it("records the event's runs and runs them in this process instead of losing it", async () => {
    // A real Inngest client aimed at a local port that refuses connections (closed right after
    // it was bound), so inngest.send fails as it does when the Inngest server is down.
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    await new Promise((r) => server.close(r));
    const client = new Inngest({
      id: "pydotorg-test",
      baseUrl: `http://127.0.0.1:${port}`,
      eventKey: "test-key",
    });
    let attempted = 0;
    const unreachable = createRunnerWith({
      registry: async () => jobs,
      schemas: { "search/document.changed": z.object({ type: z.string(), objectId: z.string() }) },
      send: async (event) => {
        attempted++;
        await client.send(event);
        return true;
      },
    });
    const [runId] = await unreachable.emit("search/document.changed", { type: "page", objectId: "down-1" });
    expect(attempted).toBe(1);
    expect(calls).toEqual(["ok:down-1"]);
    expect(await db.backgroundRun.findUniqueOrThrow({ where: { id: runId! } })).toMatchObject({
      functionId: "test-succeeds",
      eventName: "search/document.changed",
      status: "succeeded",
    });
  });

  it("gives up on an Inngest that accepts the connection and never answers, and runs the event here", async () => {
    // A frozen Inngest: the TCP connection is accepted, the request read, no response ever sent.
    const held: Socket[] = [];
    const frozen = createServer((socket) => held.push(socket.on("data", () => undefined)));
    await new Promise<void>((r) => frozen.listen(0, "127.0.0.1", r));
    const { port } = frozen.address() as AddressInfo;
    const client = new Inngest({
      id: "pydotorg-test",
      baseUrl: `http://127.0.0.1:${port}`,
      eventKey: "test-key",
    });
    try {
      const runner = createRunnerWith({
        registry: async () => jobs,
        schemas: { "search/document.changed": z.object({ type: z.string(), objectId: z.string() }) },
        send: async (event) => {
          await client.send(event);
          return true;
        },
        sendTimeoutMs: 300,
      });
      const started = Date.now();
      const [runId] = await runner.emit("search/document.changed", { type: "page", objectId: "frozen-1" });
      const took = Date.now() - started;
      // The send reached the server (it holds the connection) and was given up after the timeout.
      expect(held.length).toBeGreaterThan(0);
      expect(took).toBeGreaterThanOrEqual(300);
      expect(took).toBeLessThan(10_000);
      expect(calls).toEqual(["ok:frozen-1"]);
      expect(await db.backgroundRun.findUniqueOrThrow({ where: { id: runId! } })).toMatchObject({
        functionId: "test-succeeds",
        status: "succeeded",
      });
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((r) => frozen.close(r));
    }
  });
});
