/**
 * The in-process tier of the incremental handler (cache-handlers/memory-tier.mjs) against a real
 * Redis: a page's document part is kept in memory after its first read, and another instance's
 * revalidation makes that copy stale or a miss exactly as it does the Redis copy. Two handler
 * classes with their own connections stand for two servers; reads of page entries from Redis are
 * counted on the real connection.
 */
import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM handler loaded by Next at runtime; no type declarations.
import { createRedisIncrementalCacheHandler } from "../../cache-handlers/redis-incremental.mjs";
import { runForRequest } from "../../cache-handlers/request-kind.mjs";

type Got = { lastModified: number; value: Record<string, unknown> } | null;
type Handler = {
  get(key: string, ctx: Record<string, unknown>): Promise<Got>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
type HandlerClass = new (ctx?: { serverDistDir?: string }) => Handler;

const redisUrl = process.env.REDIS_URL;
const prefix = `test:next-memory:${randomBytes(6).toString("hex")}:`;
const clients: Redis[] = [];
function connect() {
  const client = new Redis(redisUrl!, { maxRetriesPerRequest: 1 });
  clients.push(client);
  return client;
}
beforeAll(() => {
  if (!redisUrl) throw new Error("REDIS_URL is required for the cache handler tests");
});
afterAll(async () => {
  const probe = connect();
  const keys = await probe.keys(`${prefix}*`);
  if (keys.length) await probe.del(...keys);
  await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
});

/** A handler class on its own connection, with the number of entry reads it sent to Redis. */
function server(memoryBytes: number) {
  const redis = connect();
  const reads = { count: 0 };
  const getBuffer = redis.getBuffer.bind(redis);
  const mgetBuffer = redis.mgetBuffer.bind(redis);
  redis.getBuffer = ((...args: Parameters<typeof getBuffer>) => {
    reads.count += 1;
    return getBuffer(...args);
  }) as typeof redis.getBuffer;
  redis.mgetBuffer = ((...args: Parameters<typeof mgetBuffer>) => {
    reads.count += 1;
    return mgetBuffer(...args);
  }) as typeof redis.mgetBuffer;
  const Class: HandlerClass = createRedisIncrementalCacheHandler({ redis, keyPrefix: prefix, memoryBytes });
  return { handler: () => new Class({}), reads };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const html = (n: number) => `<html>${`<p>page ${n}</p>`.repeat(400)}</html>`; // ~4.8 KB
const page = (tags: string, n = 1) => ({
  kind: "APP_PAGE",
  html: html(n),
  rscData: randomBytes(2048),
  segmentData: new Map([["/_index", randomBytes(1024)]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});
const ctx = { kind: "APP_PAGE", isRoutePPREnabled: true, isFallback: false };
const cacheControl = { revalidate: 900, expire: 86_400 };
const key = (name: string) => `/route-cache/APP_PAGE/x/$/${name}`;
const documentGet = (h: Handler, name: string) =>
  runForRequest({ method: "GET", url: `/${name}/`, headers: {} }, () => h.get(key(name), ctx));

describe("the in-process tier", () => {
  it("answers repeated document reads from memory, still reading the tag state each time", async () => {
    const a = server(1 << 20);
    await a.handler().set(key("home"), page("home-tag"), { cacheControl });
    expect((await documentGet(a.handler(), "home"))!.value.html).toBe(html(1));
    const before = a.reads.count;
    for (let i = 0; i < 3; i++) expect((await documentGet(a.handler(), "home"))!.value.html).toBe(html(1));
    expect(a.reads.count).toBe(before);
    // Data requests read Redis: the memory holds document parts only.
    const whole = await a.handler().get(key("home"), ctx);
    expect(whole!.value.rscData).toBeDefined();
    expect(a.reads.count).toBe(before + 1);
  });

  it("another instance's revalidateTag makes this instance's memory copy a miss", async () => {
    const a = server(1 << 20);
    const b = server(1 << 20);
    await a.handler().set(key("events"), page("events-list"), { cacheControl });
    expect(await documentGet(b.handler(), "events")).not.toBeNull();
    await tick();
    await a.handler().revalidateTag(["events-list"]);
    expect(await documentGet(b.handler(), "events")).toBeNull();
  });

  it("another instance's revalidateTag(tag, 'max') makes it stale: served once more, whole, to regenerate", async () => {
    const a = server(1 << 20);
    const b = server(1 << 20);
    await a.handler().set(key("blogs"), page("blog-list"), { cacheControl });
    expect((await documentGet(b.handler(), "blogs"))!.value.rscData).toBeUndefined();
    await tick();
    await a.handler().revalidateTag("blog-list", { expire: 0xfffffffe });
    const got = await documentGet(b.handler(), "blogs");
    expect(Date.now() - got!.lastModified).toBeGreaterThan(cacheControl.revalidate * 1000);
    expect(got!.value.rscData).toBeDefined();
    // The regenerated entry, stored by the other instance, is what this one serves next.
    await a.handler().set(key("blogs"), page("blog-list", 2), { cacheControl });
    expect((await documentGet(b.handler(), "blogs"))!.value.html).toBe(html(2));
  });

  it("a copy past its revalidate window is not served from memory", async () => {
    const a = server(1 << 20);
    await a.handler().set(key("old"), page("old-tag"), { cacheControl: { revalidate: 1, expire: 3600 } });
    await documentGet(a.handler(), "old"); // read whole (it is about to go stale), nothing kept
    const before = a.reads.count;
    await new Promise((r) => setTimeout(r, 20));
    expect((await documentGet(a.handler(), "old"))!.value.rscData).toBeDefined();
    expect(a.reads.count).toBeGreaterThan(before);
  });

  it("a set on this instance replaces its memory copy", async () => {
    const a = server(1 << 20);
    await a.handler().set(key("about"), page("about-tag", 1), { cacheControl });
    await documentGet(a.handler(), "about");
    await a.handler().set(key("about"), page("about-tag", 3), { cacheControl });
    expect((await documentGet(a.handler(), "about"))!.value.html).toBe(html(3));
  });

  it("keeps no more bytes than its bound, dropping the least recently used page", async () => {
    const size = html(1).length;
    const a = server(Math.floor(size * 2.5)); // two document parts fit, three do not
    for (const name of ["p1", "p2", "p3"])
      await a.handler().set(key(name), page(`${name}-tag`), { cacheControl });
    await documentGet(a.handler(), "p1");
    await documentGet(a.handler(), "p2");
    await documentGet(a.handler(), "p1"); // p1 is now the most recent
    await documentGet(a.handler(), "p3"); // evicts p2
    const before = a.reads.count;
    await documentGet(a.handler(), "p1");
    await documentGet(a.handler(), "p3");
    expect(a.reads.count).toBe(before);
    await documentGet(a.handler(), "p2");
    expect(a.reads.count).toBe(before + 1);
    // Off at 0.
    const off = server(0);
    await documentGet(off.handler(), "p1");
    await documentGet(off.handler(), "p1");
    expect(off.reads.count).toBe(2);
  });
});
