/**
 * The Redis-backed Next cache handlers against a real Redis: two handler instances with separate
 * connections stand for two Next servers sharing one cache.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Redis from "ioredis";
import { describe, expect, it } from "vitest";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
// prettier-ignore
// @ts-expect-error -- plain ESM handler loaded by Next at runtime; no type declarations.
import { createRedisIncrementalCacheHandler, decodeValue, encodeValue, packEntry, unpackEntry } from "../../cache-handlers/redis-incremental.mjs";
// @ts-expect-error -- plain ESM handler loaded by Next at runtime; no type declarations.
import { createRedisUseCacheHandler } from "../../cache-handlers/redis-use-cache.mjs";
import { createTagStore } from "../../cache-handlers/redis-shared.mjs";
import { withTestRedis } from "../support/cache-handler-redis";

type UseCacheEntry = {
  value: ReadableStream<Uint8Array>;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
};
type UseCacheHandler = {
  get(key: string, softTags: string[]): Promise<UseCacheEntry | undefined>;
  set(key: string, pending: Promise<UseCacheEntry>): Promise<void>;
  refreshTags(): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
};
type IncrementalHandler = {
  get(
    key: string,
    ctx: Record<string, unknown>,
  ): Promise<{ lastModified: number; value: Record<string, unknown> | null } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
};
type IncrementalHandlerClass = new (ctx?: { serverDistDir?: string }) => IncrementalHandler;

const { prefix, connect } = withTestRedis("next-cache");

const encoder = new TextEncoder();

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function textOf(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

function entry(tags: string[], overrides: Partial<UseCacheEntry> = {}): UseCacheEntry {
  return {
    value: streamOf("<p>releases", " ✓</p>", "\u0000\u00ff"),
    tags,
    stale: 300,
    timestamp: Date.now(),
    expire: 3600,
    revalidate: 900,
    ...overrides,
  };
}

// Tag invalidations compare wall-clock milliseconds; step past the entry's timestamp.
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("'use cache' handler (cacheHandlers)", () => {
  const a: UseCacheHandler = createRedisUseCacheHandler({ redis: connect(), keyPrefix: prefix });
  const b: UseCacheHandler = createRedisUseCacheHandler({ redis: connect(), keyPrefix: prefix });

  it("round-trips a stream entry and serves a fresh stream on every get", async () => {
    const original = entry(["releases"]);
    await a.set("k-roundtrip", Promise.resolve(original));
    const first = await b.get("k-roundtrip", []);
    expect(first).toBeDefined();
    expect(await textOf(first!.value)).toBe("<p>releases ✓</p>\u0000\u00ff");
    expect(first).toMatchObject({
      tags: ["releases"],
      stale: 300,
      timestamp: original.timestamp,
      expire: 3600,
      revalidate: 900,
    });
    const second = await a.get("k-roundtrip", []);
    expect(await textOf(second!.value)).toBe("<p>releases ✓</p>\u0000\u00ff");
  });

  it("stores binary values byte for byte", async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const value = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.subarray(0, 100));
        c.enqueue(bytes.subarray(100));
        c.close();
      },
    });
    await a.set("k-binary", Promise.resolve(entry([], { value })));
    const got = await b.get("k-binary", []);
    expect(new Uint8Array(await new Response(got!.value).arrayBuffer())).toEqual(bytes);
  });

  it("waits for a pending set on the same instance", async () => {
    let resolve!: (e: UseCacheEntry) => void;
    const pending = new Promise<UseCacheEntry>((r) => (resolve = r));
    const setting = a.set("k-pending", pending);
    const getting = a.get("k-pending", []);
    resolve(entry([]));
    await setting;
    expect(await getting).toBeDefined();
  });

  it("updateTags() on one instance makes the entry missing on another", async () => {
    await a.set("k-expire", Promise.resolve(entry(["events"])));
    expect(await b.get("k-expire", [])).toBeDefined();
    await tick();
    await a.updateTags(["events"]);
    await b.refreshTags();
    expect(await b.get("k-expire", [])).toBeUndefined();
  });

  it("revalidateTag(tag, 'max') on one instance makes the entry stale on another", async () => {
    await a.set("k-stale", Promise.resolve(entry(["blogs"])));
    await tick();
    await a.updateTags(["blogs"], { expire: 0xfffffffe });
    const got = await b.get("k-stale", []);
    expect(got?.revalidate).toBe(-1);
  });

  it("an entry written after the revalidation is fresh again", async () => {
    await a.updateTags(["sponsors"]);
    await tick();
    await a.set("k-after", Promise.resolve(entry(["sponsors"])));
    expect((await b.get("k-after", []))?.revalidate).toBe(900);
  });

  it("getExpiration() reports soft-tag revalidations made elsewhere", async () => {
    const softTag = `_N_T_/downloads/${randomBytes(3).toString("hex")}`;
    expect(await b.getExpiration([softTag])).toBe(0);
    const before = Date.now();
    await a.updateTags([softTag]);
    const expiration = await b.getExpiration([softTag, "_N_T_/layout"]);
    expect(expiration).toBeGreaterThanOrEqual(before);
    expect(expiration).toBeLessThanOrEqual(Date.now());
  });

  it("does not store dynamic (expire 0) entries", async () => {
    await a.set("k-dynamic", Promise.resolve(entry([], { expire: 0 })));
    expect(await b.get("k-dynamic", [])).toBeUndefined();
  });

  it("sets a Redis TTL from expire", async () => {
    await a.set("k-ttl", Promise.resolve(entry([], { expire: 120 })));
    const ttl = await connect().ttl(`${prefix}use-cache:k-ttl`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(120);
  });

  it("fails open when Redis is unreachable", async () => {
    const unreachable = new Redis("redis://127.0.0.1:1/0", {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    unreachable.on("error", () => undefined);
    try {
      const down: UseCacheHandler = createRedisUseCacheHandler({ redis: unreachable, keyPrefix: prefix });
      await expect(down.set("k-down", Promise.resolve(entry([])))).resolves.toBeUndefined();
      await expect(down.get("k-down", [])).resolves.toBeUndefined();
    } finally {
      unreachable.disconnect();
    }
  });
});

describe("incremental handler (cacheHandler)", () => {
  const ClassA: IncrementalHandlerClass = createRedisIncrementalCacheHandler({
    redis: connect(),
    keyPrefix: prefix,
  });
  const ClassB: IncrementalHandlerClass = createRedisIncrementalCacheHandler({
    redis: connect(),
    keyPrefix: prefix,
  });
  // Next builds one handler object per request.
  const a = () => new ClassA({});
  const b = () => new ClassB({});

  const page = (tags: string) => ({
    kind: "APP_PAGE",
    html: "<html>downloads</html>",
    rscData: Buffer.from([0, 1, 2, 250]),
    segmentData: new Map([["/_index", Buffer.from("seg")]]),
    postponed: undefined,
    headers: { "x-next-cache-tags": tags },
    status: 200,
  });
  const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: true, isFallback: false };
  const cacheControl = { revalidate: 900, expire: 86_400 };

  it("round-trips an APP_PAGE entry with Buffers and Maps across instances", async () => {
    await a().set("/route-cache/APP_PAGE/x/$/downloads", page("releases,_N_T_/downloads"), { cacheControl });
    const got = await b().get("/route-cache/APP_PAGE/x/$/downloads", pageCtx);
    expect(got).not.toBeNull();
    const value = got!.value as ReturnType<typeof page>;
    expect(value.html).toBe("<html>downloads</html>");
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect([...value.rscData]).toEqual([0, 1, 2, 250]);
    expect(value.segmentData.get("/_index")?.toString()).toBe("seg");
    expect(got).toMatchObject({ cacheControl });
  });

  it("revalidateTag() without a profile on one instance makes the entry a miss on another", async () => {
    await a().set("/route-cache/APP_PAGE/x/$/events", page("events-list"), { cacheControl });
    expect(await b().get("/route-cache/APP_PAGE/x/$/events", pageCtx)).not.toBeNull();
    await tick();
    await a().revalidateTag(["events-list"]);
    expect(await b().get("/route-cache/APP_PAGE/x/$/events", pageCtx)).toBeNull();
  });

  it("revalidateTag(tag, 'max') serves the entry as stale (past revalidate, inside expire)", async () => {
    await a().set("/route-cache/APP_PAGE/x/$/blogs", page("blog-list"), { cacheControl });
    await tick();
    await a().revalidateTag("blog-list", { expire: 0xfffffffe });
    const got = await b().get("/route-cache/APP_PAGE/x/$/blogs", pageCtx);
    expect(got).not.toBeNull();
    const age = Date.now() - got!.lastModified;
    expect(age).toBeGreaterThan(cacheControl.revalidate * 1000);
    expect(age).toBeLessThan(cacheControl.expire * 1000);
  });

  it("an entry whose render began before a revalidation is not stored as fresh", async () => {
    const key = "/route-cache/APP_PAGE/x/$/downloads/windows";
    // The miss that starts the render, then a write revalidates the tag while it runs.
    expect(await a().get(key, pageCtx)).toBeNull();
    await tick();
    await b().revalidateTag(["release-list"]);
    await tick();
    await a().set(key, page("release-list"), { cacheControl });
    // What the render read may predate the write: the next request renders again.
    expect(await b().get(key, pageCtx)).toBeNull();
    // That render began after the write, so its entry is fresh.
    await tick();
    await a().set(key, page("release-list"), { cacheControl });
    expect(await b().get(key, pageCtx)).not.toBeNull();
  });

  it("checks fetch entries against their tags and soft tags", async () => {
    const data = {
      kind: "FETCH",
      data: { headers: {}, body: "eyJ4IjoxfQ==", status: 200, url: "https://x" },
      revalidate: 60,
    };
    await a().set("fetch-key", data, { fetchCache: true, tags: ["feed"], fetchUrl: "https://x" });
    const fetchCtx = { kind: "FETCH", tags: ["feed"], softTags: ["_N_T_/blogs"] };
    expect((await b().get("fetch-key", fetchCtx))?.value).toMatchObject({ kind: "FETCH", tags: ["feed"] });
    await tick();
    await b().revalidateTag("_N_T_/blogs");
    expect(await a().get("fetch-key", fetchCtx)).toBeNull();
  });

  it("namespaces entries by BUILD_ID so a new deployment does not serve the old build's pages", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), "next-build-"));
    await mkdir(path.join(dist, "server"));
    await writeFile(path.join(dist, "BUILD_ID"), "build-2\n");
    try {
      const build2 = () => new ClassB({ serverDistDir: path.join(dist, "server") });
      await a().set("/route-cache/APP_PAGE/x/$/jobs", page("jobs"), { cacheControl });
      expect(await b().get("/route-cache/APP_PAGE/x/$/jobs", pageCtx)).not.toBeNull();
      expect(await build2().get("/route-cache/APP_PAGE/x/$/jobs", pageCtx)).toBeNull();
      await build2().set("/route-cache/APP_PAGE/x/$/jobs", page("jobs"), { cacheControl });
      expect(await connect().exists(`${prefix}isr:build-2:/route-cache/APP_PAGE/x/$/jobs`)).toBe(1);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it("stores a page binary: its HTML and payloads as raw bytes after a small JSON skeleton, not base64", async () => {
    const html = `<html>${"<p>release notes</p>".repeat(200)}</html>`;
    const rscData = Buffer.from(randomBytes(4096));
    await a().set("/route-cache/APP_PAGE/x/$/packed", { ...page("packed"), html, rscData }, { cacheControl });
    const raw = (await connect().getBuffer(`${prefix}isr:dev:/route-cache/APP_PAGE/x/$/packed`))!;
    expect(raw[0]).toBe(0); // packed, not "{"
    const skeletonLength = raw.readUInt32BE(1);
    expect(skeletonLength).toBeLessThan(1024);
    expect(raw.includes(Buffer.from(html))).toBe(true);
    // The payloads are in the page's data part (cache-handler-split.db.test.ts).
    const data = (await connect().getBuffer(`${prefix}isr:dev:/route-cache/APP_PAGE/x/$/packed\0data`))!;
    expect(data[0]).toBe(0);
    expect(data.includes(rscData)).toBe(true);
    expect(data.includes(Buffer.from(rscData.toString("base64")))).toBe(false);
    // Smaller than the JSON form it replaces (base64 is 4/3 of the bytes, the HTML escaped).
    expect(raw.length + data.length).toBeLessThan(
      JSON.stringify(encodeValue({ value: { html, rscData } })).length,
    );
    const got = await b().get("/route-cache/APP_PAGE/x/$/packed", pageCtx);
    expect((got!.value as { html: string }).html).toBe(html);
    expect(Buffer.compare((got!.value as { rscData: Buffer }).rscData, rscData)).toBe(0);
    // Its ETag, computed once here (Next's per-response hashing is off with this handler).
    const etag = (got!.value as { headers: Record<string, string> }).headers.etag;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    await a().set(
      "/route-cache/APP_PAGE/x/$/packed2",
      { ...page("packed"), html: `${html}.` },
      { cacheControl },
    );
    const other = await b().get("/route-cache/APP_PAGE/x/$/packed2", pageCtx);
    expect((other!.value as { headers: Record<string, string> }).headers.etag).not.toBe(etag);
  });

  it("still reads an entry stored in the older all-JSON form", async () => {
    const stored = { lastModified: Date.now(), value: page("legacy"), cacheControl };
    await connect().set(
      `${prefix}isr:dev:/route-cache/APP_PAGE/x/$/legacy`,
      JSON.stringify(encodeValue(stored)),
      "EX",
      60,
    );
    const got = await b().get("/route-cache/APP_PAGE/x/$/legacy", pageCtx);
    expect((got!.value as ReturnType<typeof page>).html).toBe("<html>downloads</html>");
    expect([...(got!.value as ReturnType<typeof page>).rscData]).toEqual([0, 1, 2, 250]);
  });

  it("packs and unpacks nested Buffers, Maps, long and short strings and nulls", () => {
    const long = "é".repeat(3000);
    const value = {
      a: Buffer.from("x"),
      m: new Map([["k", { b: Buffer.from([1, 2]), t: long }]]),
      list: [Buffer.from([9]), "short", null, 3],
      n: null,
      s: "t",
      $blob: "a key that only looks like a marker",
    };
    const back = unpackEntry(packEntry(value)) as typeof value;
    expect(back.a.toString()).toBe("x");
    expect([...back.m.get("k")!.b]).toEqual([1, 2]);
    expect(back.m.get("k")!.t).toBe(long);
    expect([...(back.list[0] as Buffer)]).toEqual([9]);
    expect(back.list.slice(1)).toEqual(["short", null, 3]);
    expect(back).toMatchObject({ n: null, s: "t", $blob: "a key that only looks like a marker" });
  });

  it("encodes and decodes nested Buffers and Maps", () => {
    const value = { a: Buffer.from("x"), m: new Map([["k", { b: Buffer.from([1]) }]]), n: null, s: "t" };
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(value)))) as typeof value;
    expect(back.a.toString()).toBe("x");
    expect([...back.m.get("k")!.b]).toEqual([1]);
    expect(back).toMatchObject({ n: null, s: "t" });
  });
});

describe("revalidateDomain outside a request (npm run job, scripts)", () => {
  const useCache: UseCacheHandler = createRedisUseCacheHandler({ redis: connect(), keyPrefix: prefix });
  const Incremental: IncrementalHandlerClass = createRedisIncrementalCacheHandler({
    redis: connect(),
    keyPrefix: prefix,
  });
  const jobRedis = connect();
  const sharedTags = createTagStore(async () => jobRedis, prefix);
  const cdn = {
    purgeSurrogateKeys: async () => ({ ok: true, status: null }),
    purgeUrl: async () => ({ ok: true, status: null }),
  };
  const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: true, isFallback: false };
  const cacheControl = { revalidate: 900, expire: 86_400 };
  const page = (tags: string) => ({
    kind: "APP_PAGE",
    html: "<html/>",
    rscData: Buffer.from("r"),
    segmentData: new Map(),
    headers: { "x-next-cache-tags": tags },
    status: 200,
  });

  it("records the tags where every server's cache handlers look: entries turn stale ('max')", async () => {
    await useCache.set("k-job", Promise.resolve(entry(["job-releases"])));
    await new Incremental({}).set("/route-cache/APP_PAGE/x/$/job", page("job-releases"), { cacheControl });
    await tick();
    const result = await revalidateDomain(["job-releases"], { sharedTags, cdn });
    expect(result).toMatchObject({ revalidated: [], skipped: [], shared: ["job-releases"] });
    expect((await useCache.get("k-job", []))?.revalidate).toBe(-1);
    const got = await new Incremental({}).get("/route-cache/APP_PAGE/x/$/job", pageCtx);
    expect(Date.now() - got!.lastModified).toBeGreaterThan(cacheControl.revalidate * 1000);
  });

  it("expires at once in 'immediate' mode, and paths through Next's implicit tags", async () => {
    await useCache.set("k-job-now", Promise.resolve(entry(["job-pages"])));
    await new Incremental({}).set("/route-cache/APP_PAGE/x/$/job-page", page("_N_T_/about/job"), {
      cacheControl,
    });
    await tick();
    const result = await revalidateDomain(["job-pages"], {
      mode: "immediate",
      paths: ["/about/job/"],
      sharedTags,
      cdn,
    });
    expect(result).toMatchObject({ skipped: [], shared: ["job-pages", "/about/job/"] });
    expect(await useCache.get("k-job-now", [])).toBeUndefined();
    expect(await new Incremental({}).get("/route-cache/APP_PAGE/x/$/job-page", pageCtx)).toBeNull();
    expect(await useCache.getExpiration(["_N_T_/about/job"])).toBeGreaterThan(0);
  });

  it("reports the tags as skipped when Redis cannot record them", async () => {
    const down = createTagStore(async () => null, prefix);
    const result = await revalidateDomain(["job-down"], { sharedTags: down, cdn });
    expect(result).toMatchObject({ skipped: ["job-down"], shared: [] });
  });
});
