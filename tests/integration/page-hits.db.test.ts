/**
 * Page hits answered by the request guard (cache-handlers/page-hits.mjs) against a real Redis and
 * a real HTTP server: the server's listener plays Next (it reads the page entry through the
 * incremental handler and sends it as a HIT, gzipped when asked, as Next does), and the guard,
 * installed as in production, answers the following requests itself while the entry is fresh.
 * A second handler class with its own connection stands for another server.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM handler loaded by Next at runtime; no type declarations.
import { createRedisIncrementalCacheHandler } from "../../cache-handlers/redis-incremental.mjs";
// @ts-expect-error -- plain ESM handler loaded by Next at runtime; no type declarations.
import { createRedisUseCacheHandler } from "../../cache-handlers/redis-use-cache.mjs";
import { clearPageHits, pageHitStats, REPLAY_HEADER } from "../../cache-handlers/page-hits.mjs";
import { installRequestGuard } from "../../lib/platform/http/request-guard";
import { replayOffer } from "../../lib/api/replay";
import { consumeRateLimit, rateLimits } from "../../lib/platform/rate-limit";
import { env } from "../../lib/platform/env";
import { releaseOperations } from "../../lib/downloads/api/v2/release/schema";
import { withTestRedis, type IncrementalHandlerClass } from "../support/cache-handler-redis";

type HandlerClass = IncrementalHandlerClass;

const { prefix, connect } = withTestRedis("page-hits");
const ThisServer: HandlerClass = createRedisIncrementalCacheHandler({ redis: connect(), keyPrefix: prefix });
type UseCacheEntry = { value: ReadableStream<Uint8Array>; tags: string[]; timestamp: number };
const useCache: {
  get(key: string, softTags: string[]): Promise<UseCacheEntry | undefined>;
  set(key: string, entry: Promise<unknown>): Promise<void>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
} = createRedisUseCacheHandler({ redis: connect(), keyPrefix: prefix });
const releasesJson = JSON.stringify([{ name: "Python 3.14.1", slug: "python-3141" }]);
/** A 'use cache' entry of the release list, written now. */
async function cachedList(key: string) {
  const bytes = new TextEncoder().encode(releasesJson);
  const value = new ReadableStream<Uint8Array>({
    start: (c) => (c.enqueue(bytes), c.close()),
  });
  const entry = {
    value,
    tags: ["releases"],
    stale: 300,
    timestamp: Date.now(),
    expire: 86_400,
    revalidate: 3600,
  };
  await useCache.set(key, Promise.resolve(entry));
}
const OtherServer: HandlerClass = createRedisIncrementalCacheHandler({ redis: connect(), keyPrefix: prefix });

const html = `<!doctype html><html><body>${"<p>Python 3.14.1 is out.</p>".repeat(400)}</body></html>`;
const entryKey = (path: string) => `/route-cache/APP_PAGE${path}`;
const page = (tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: randomBytes(2048),
  segmentData: new Map([["/_index", randomBytes(512)]]),
  postponed: undefined,
  headers: { "x-next-cache-tags": tags },
  status: 200,
});
const ctx = { kind: "APP_PAGE", isRoutePPREnabled: true, isFallback: false };

/** Requests that reached the listener ("Next"), by path. */
let rendered: string[] = [];
let server: http.Server;
let base = "";

beforeAll(async () => {
  installRequestGuard();
  server = http.createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    rendered.push(path);
    if (path.startsWith("/api/")) {
      // The release list route: its anonymous answer from a 'use cache' entry, offered.
      const got = await useCache.get(`list:${path}`, []);
      const body = got ? await new Response(got.value).text() : "[]";
      const offer = path.includes("no-offer") ? {} : replayOffer(releaseOperations.list);
      res.writeHead(200, {
        "content-type": "application/json",
        "cache-control": "no-store",
        "x-request-id": "from-the-route",
        ...offer,
      });
      res.end(body);
      return;
    }
    const got = await new ThisServer({}).get(entryKey(path), ctx);
    if (!got) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end("<p>missing</p>");
      return;
    }
    const headers = got.value.headers as Record<string, string>;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("cache-control", "s-maxage=900, stale-while-revalidate=85500");
    res.setHeader("surrogate-key", "pydotorg-app releases");
    res.setHeader("vary", "rsc, next-router-state-tree");
    res.setHeader("etag", headers.etag!);
    if (path === "/with-cookie/") res.setHeader("set-cookie", "theme=dark");
    const body = Buffer.from(got.value.html as string);
    if (/gzip/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.setHeader("content-encoding", "gzip");
      // In pieces, as Next's compression writes them.
      const gz = zlib.gzipSync(body);
      res.write(gz.subarray(0, 100));
      res.end(gz.subarray(100));
    } else res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
});
beforeEach(() => {
  clearPageHits();
  rendered = [];
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
/** A raw request (fetch would decode the body and hide Content-Length). */
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}
async function recorded(count: number) {
  for (let i = 0; i < 200 && pageHitStats().recorded < count; i++)
    await new Promise((r) => setTimeout(r, 10));
  expect(pageHitStats().recorded).toBeGreaterThanOrEqual(count);
}
async function stored(path: string, tags = "releases", cacheControl = { revalidate: 900, expire: 86_400 }) {
  await new ThisServer({}).set(entryKey(path), page(tags), { cacheControl });
}

describe("page hits answered before Next", () => {
  it("after one HIT, answers the address itself in the encoding asked for, byte for byte, with its headers", async () => {
    await stored("/downloads/");
    const first = await get("/downloads/", { "accept-encoding": "gzip, deflate, br" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    await recorded(1);
    expect(rendered).toEqual(["/downloads/"]);

    const plain = await get("/downloads/");
    const gz = await get("/downloads/", { "accept-encoding": "gzip" });
    const br = await get("/downloads/", { "accept-encoding": "gzip, deflate, br, zstd" });
    const noBr = await get("/downloads/", { "accept-encoding": "br;q=0, gzip" });
    expect(rendered).toEqual(["/downloads/"]); // none of them reached Next
    expect(plain.body.toString()).toBe(html);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-length"]).toBe(String(Buffer.byteLength(html)));
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(html);
    expect(gz.headers["content-length"]).toBe(String(gz.body.length));
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(html);
    expect(noBr.headers["content-encoding"]).toBe("gzip");
    for (const answer of [plain, gz, br]) {
      expect(answer.status).toBe(200);
      expect(answer.headers["x-nextjs-cache"]).toBe("HIT");
      expect(answer.headers["surrogate-key"]).toBe("pydotorg-app releases");
      expect(answer.headers["cache-control"]).toBe("s-maxage=900, stale-while-revalidate=85500");
      expect(answer.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
      expect(answer.headers.etag).toBe(first.headers.etag);
      expect(answer.headers["transfer-encoding"]).toBeUndefined();
    }
  });

  it("answers HEAD with the headers only, and If-None-Match naming the ETag with 304", async () => {
    await stored("/about/");
    const first = await get("/about/");
    await recorded(1);
    const head = await get("/about/", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    expect(head.headers["content-encoding"]).toBe("gzip");
    const again = await get("/about/", { "if-none-match": first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(rendered).toEqual(["/about/"]);
  });

  it("sends the next request to Next once another server revalidates one of the entry's tags", async () => {
    await stored("/events/", "events,releases");
    await get("/events/");
    await recorded(1);
    await get("/events/");
    expect(rendered).toEqual(["/events/"]);
    await new OtherServer({}).revalidateTag("releases"); // expired now (updateTag)
    const after = await get("/events/");
    expect(rendered).toEqual(["/events/", "/events/"]);
    expect(after.status).toBe(404); // the handler's verdict: the entry is expired
  });

  it("sends a stale entry's requests to Next too (revalidateTag with a profile: Next regenerates it)", async () => {
    await stored("/jobs/", "jobs");
    await get("/jobs/");
    await recorded(1);
    await new OtherServer({}).revalidateTag("jobs", { expire: 3600 });
    await get("/jobs/");
    expect(rendered).toEqual(["/jobs/", "/jobs/"]);
  });

  it("goes to Next when the entry is gone from Redis (flushed or evicted)", async () => {
    await stored("/blogs/");
    await get("/blogs/");
    await recorded(1);
    await connect().del(`${prefix}isr:dev:${entryKey("/blogs/")}`);
    const after = await get("/blogs/");
    expect(after.status).toBe(404);
    expect(rendered).toEqual(["/blogs/", "/blogs/"]);
  });

  it("keeps a record no longer than the entry's revalidate window", async () => {
    await stored("/community/", "pages", { revalidate: 1, expire: 60 });
    await get("/community/");
    await recorded(1);
    await get("/community/");
    expect(rendered).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
    await get("/community/");
    expect(rendered).toHaveLength(2);
  });

  it("never answers signed-in, draft-mode, RSC or revalidation requests, nor records a response with Set-Cookie", async () => {
    await stored("/success-stories/");
    await get("/success-stories/");
    await recorded(1);
    await get("/success-stories/", { cookie: "theme=dark; next-auth.session-token=abc" });
    await get("/success-stories/", { cookie: "__Secure-next-auth.session-token.0=abc" });
    await get("/success-stories/", { cookie: "__prerender_bypass=1" });
    await get("/success-stories/", { rsc: "1" });
    await get("/success-stories/", { "x-prerender-revalidate": "token" });
    expect(rendered).toHaveLength(6);
    await get("/success-stories/", { cookie: "theme=dark" }); // other cookies change nothing
    expect(rendered).toHaveLength(6);

    await stored("/with-cookie/");
    const count = pageHitStats().recorded;
    await get("/with-cookie/");
    await new Promise((r) => setTimeout(r, 200));
    expect(pageHitStats().recorded).toBe(count);
    await get("/with-cookie/");
    expect(rendered.filter((p) => p === "/with-cookie/")).toHaveLength(2);
  });

  it("records nothing when the page is not a fresh hit (a 404 from Next)", async () => {
    await get("/nowhere/");
    await new Promise((r) => setTimeout(r, 200));
    await get("/nowhere/");
    expect(rendered).toEqual(["/nowhere/", "/nowhere/"]);
    expect(pageHitStats().records).toBe(0);
  });
});

describe("anonymous API answers offered by their route", () => {
  const client = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

  it("are answered from their 'use cache' entry, each call counted against the anonymous limit", async () => {
    await cachedList("list:/api/v2/downloads/release/");
    const ip = client();
    const first = await get("/api/v2/downloads/release/", { "x-forwarded-for": ip });
    expect(first.headers[REPLAY_HEADER]).toBeUndefined(); // the offer is never sent
    await recorded(1);
    const again = await get("/api/v2/downloads/release/", { "x-forwarded-for": ip, "x-request-id": "abc-1" });
    const other = await get("/api/v2/downloads/release/", { "x-forwarded-for": ip });
    expect(rendered).toEqual(["/api/v2/downloads/release/"]);
    expect(again.body.toString()).toBe(releasesJson);
    expect(again.headers["content-type"]).toBe("application/json");
    expect(again.headers["cache-control"]).toBe("no-store");
    expect(again.headers[REPLAY_HEADER]).toBeUndefined();
    expect(again.headers["x-request-id"]).toBe("abc-1");
    expect(other.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

    // Over the limit (its points used up): the route answers (with its 429 in the app).
    const limit = rateLimits["api-v2-anon"].points * env.RATE_LIMIT_SCALE;
    await consumeRateLimit("api-v2-anon", `ip:${ip}`, limit).catch(() => undefined);
    await get("/api/v2/downloads/release/", { "x-forwarded-for": ip });
    expect(rendered).toHaveLength(2);
    await get("/api/v2/downloads/release/", { "x-forwarded-for": client() });
    expect(rendered).toHaveLength(2); // another caller is answered from the record
  });

  it("go to the route once the data's tag is revalidated, and never for a caller with credentials", async () => {
    await cachedList("list:/api/v2/downloads/release/?q");
    await get("/api/v2/downloads/release/?q", { "x-forwarded-for": client() });
    await recorded(1);
    await get("/api/v2/downloads/release/?q", { authorization: "Token abc" });
    expect(rendered).toHaveLength(2);
    await useCache.updateTags(["releases"]);
    await get("/api/v2/downloads/release/?q", { "x-forwarded-for": client() });
    expect(rendered).toHaveLength(3);
  });

  it("are not recorded without the route's offer, or when the data was not a fresh entry", async () => {
    await cachedList("list:/api/no-offer/");
    await get("/api/no-offer/");
    await get("/api/missing/"); // no entry: computed now, of unknown tags
    await new Promise((r) => setTimeout(r, 200));
    expect(pageHitStats().recorded).toBe(0);
    await get("/api/no-offer/");
    await get("/api/missing/");
    expect(rendered).toHaveLength(4);
  });
});
