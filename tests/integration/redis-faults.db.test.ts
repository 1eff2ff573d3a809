/**
 * Issue 22, Build 6: Redis killed and back. The test starts its own redis-server (Debian's) on a
 * free port and gives the Next cache handlers the connection the server makes
 * (cache-handlers/redis-shared.mjs: no offline queue, 1 s command timeout). With Redis killed,
 * reads are misses and writes are dropped, each within a second and without throwing (the page is
 * rendered instead); once Redis is back on its port, entries are stored and served again within
 * 5 s, with no restart of the "server".
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisConnection } from "../../cache-handlers/redis-shared.mjs";
// @ts-expect-error -- plain ESM handler loaded by Next at runtime; no type declarations.
import { createRedisUseCacheHandler } from "../../cache-handlers/redis-use-cache.mjs";

type Entry = { value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number };
type Handler = {
  get(key: string, softTags: string[]): Promise<Entry | undefined>;
  set(key: string, pending: Promise<Entry>): Promise<void>;
};

let port = 0;
let redis: ChildProcess | undefined;
let connection: ReturnType<typeof createRedisConnection>;
let handler: Handler;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
  });
}

async function startRedis() {
  redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  // Up when it accepts a PING from a fresh client.
  const probe = createRedisConnection(`redis://127.0.0.1:${port}/0`);
  try {
    for (let i = 0; i < 50; i++) {
      if (await probe.ping().then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("redis-server did not start");
  } finally {
    probe.disconnect();
  }
}

function killRedis() {
  redis?.kill("SIGKILL");
  return new Promise((r) => redis!.once("exit", r));
}

const page = (html: string): Entry => ({
  value: new Response(html).body!,
  tags: ["faults"],
  stale: 300,
  timestamp: Date.now(),
  expire: 3600,
  revalidate: 900,
});
const read = async (key: string) => {
  const got = await handler.get(key, []);
  return got ? new Response(got.value).text() : undefined;
};
/** The time a call takes, in ms. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = Date.now();
  const value = await fn();
  return [value, Date.now() - t0];
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  connection = createRedisConnection(`redis://127.0.0.1:${port}/0`);
  handler = createRedisUseCacheHandler({ redis: connection, keyPrefix: "test:faults:" });
});

afterAll(async () => {
  connection?.disconnect();
  if (redis && redis.exitCode === null) await killRedis();
});

describe("the Next cache while Redis is killed and restarted", () => {
  it("serves entries while Redis is up", async () => {
    await handler.set("home", Promise.resolve(page("<p>home</p>")));
    expect(await read("home")).toBe("<p>home</p>");
  });

  it("with Redis killed, a read is a miss and a write is dropped, each within a second, never an error", async () => {
    await killRedis();
    const [got, readMs] = await timed(() => read("home"));
    expect(got).toBeUndefined();
    expect(readMs).toBeLessThan(1000);
    const [, writeMs] = await timed(() => handler.set("while-down", Promise.resolve(page("<p>later</p>"))));
    expect(writeMs).toBeLessThan(1000);
    // Many requests in a row stay fast: no queue of commands builds up behind the dead socket.
    const [, burstMs] = await timed(() => Promise.all(Array.from({ length: 50 }, (_, i) => read(`k${i}`))));
    expect(burstMs).toBeLessThan(1000);
  });

  it("once Redis is back on its port, entries are stored and served again within 5 s", async () => {
    await startRedis();
    const t0 = Date.now();
    let back: string | undefined;
    while (Date.now() - t0 < 5000 && back === undefined) {
      await handler.set("after", Promise.resolve(page("<p>after</p>")));
      back = await read("after");
      if (back === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe("<p>after</p>");
    // The restarted Redis kept nothing (no persistence): what was cached before is a miss, not stale.
    expect(await read("home")).toBeUndefined();
  });
});
