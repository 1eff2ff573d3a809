/**
 * Split page entries of the incremental handler against a real Redis: a page's HTML and its data
 * (RSC payload, segment prefetches) are stored apart, a request for the document reads only the
 * first, and every case where Next could hand the entry to an RSC or segment request (a data
 * request in flight, a stale entry) reads it whole. Two handler classes with their own
 * connections stand for two servers.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM handler loaded by Next at runtime; no type declarations.
import { createRedisIncrementalCacheHandler, unpackEntry } from "../../cache-handlers/redis-incremental.mjs";
import { runForRequest } from "../../cache-handlers/request-kind.mjs";
import {
  withTestRedis,
  type IncrementalHandler,
  type IncrementalHandlerClass,
} from "../support/cache-handler-redis";

type Got = Awaited<ReturnType<Handler["get"]>>;
type Handler = IncrementalHandler;
type HandlerClass = IncrementalHandlerClass;

const { prefix, connect } = withTestRedis("next-split");

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const ClassA: HandlerClass = createRedisIncrementalCacheHandler({ redis: connect(), keyPrefix: prefix });
const ClassB: HandlerClass = createRedisIncrementalCacheHandler({ redis: connect(), keyPrefix: prefix });
const a = () => new ClassA({});
const b = () => new ClassB({});

const html = `<html>${"<p>release notes</p>".repeat(100)}</html>`;
const rscData = randomBytes(8192);
const segment = randomBytes(4096);
const page = (tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData,
  segmentData: new Map([["/_index", segment]]),
  postponed: undefined,
  headers: { "x-next-cache-tags": tags },
  status: 200,
});
const ctx = { kind: "APP_PAGE", isRoutePPREnabled: true, isFallback: false };
const cacheControl = { revalidate: 900, expire: 86_400 };
const key = (name: string) => `/route-cache/APP_PAGE/x/$/${name}`;

const documentRequest = { method: "GET", url: "/downloads/", headers: {} };
const rscRequest = { method: "GET", url: "/downloads/?_rsc=1", headers: { rsc: "1" } };
const segmentRequest = {
  method: "GET",
  url: "/downloads/",
  headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
};
/** A get made while answering `req` (as the request guard runs Next), its data request ended after. */
const getFor = (req: typeof documentRequest, handler: Handler, name: string) =>
  runForRequest(req, async (done) => {
    try {
      return await handler.get(key(name), ctx);
    } finally {
      done?.();
    }
  });

function expectWhole(got: Got) {
  expect(got!.value.html).toBe(html);
  expect(Buffer.compare(got!.value.rscData as Buffer, rscData)).toBe(0);
  expect(Buffer.compare((got!.value.segmentData as Map<string, Buffer>).get("/_index")!, segment)).toBe(0);
}
function expectDocumentOnly(got: Got) {
  expect(got!.value.html).toBe(html);
  expect(got!.value.status).toBe(200);
  expect(Object.keys(got!.value.headers as object)).toContain("x-next-cache-tags");
  expect(got!.value.rscData).toBeUndefined();
  expect(got!.value.segmentData).toBeUndefined();
}

describe("split page entries", () => {
  it("stores the HTML and the data of a page under two keys, the data not in the first", async () => {
    await a().set(key("downloads"), page("releases"), { cacheControl });
    const probe = connect();
    const main = (await probe.getBuffer(`${prefix}isr:dev:${key("downloads")}`))!;
    const data = (await probe.getBuffer(`${prefix}isr:dev:${key("downloads")}\0data`))!;
    expect(main.includes(Buffer.from(html))).toBe(true);
    expect(main.includes(rscData)).toBe(false);
    expect(main.includes(segment)).toBe(false);
    expect(data.includes(rscData) && data.includes(segment)).toBe(true);
    expect(main.length).toBeLessThan(html.length + 1024);
    expect(unpackEntry(main).split).toBe(true);
    // Both parts expire together.
    const [ttlMain, ttlData] = [
      await probe.ttl(`${prefix}isr:dev:${key("downloads")}`),
      await probe.ttl(`${prefix}isr:dev:${key("downloads")}\0data`),
    ];
    expect(ttlMain).toBeGreaterThan(0);
    expect(Math.abs(ttlMain - ttlData)).toBeLessThanOrEqual(1);
  });

  it("a document request gets the HTML part only; RSC, segment and unmarked reads get the whole entry", async () => {
    await a().set(key("release"), page("releases"), { cacheControl });
    expectDocumentOnly(await getFor(documentRequest, b(), "release"));
    expectWhole(await getFor(rscRequest, b(), "release"));
    expectWhole(await getFor(segmentRequest, b(), "release"));
    expectWhole(await b().get(key("release"), ctx)); // outside a request: whole
    expectWhole(await getFor({ ...documentRequest, url: "/downloads/index.rsc" }, b(), "release"));
  });

  it("reads the whole entry for a document request while a data request is in flight in the process", async () => {
    await a().set(key("busy"), page("releases"), { cacheControl });
    let endData!: () => void;
    const dataInFlight = runForRequest(
      rscRequest,
      (done) => new Promise<void>((r) => (endData = () => (done?.(), r()))),
    );
    expectWhole(await getFor(documentRequest, b(), "busy"));
    endData();
    await dataInFlight;
    expectDocumentOnly(await getFor(documentRequest, b(), "busy"));
  });

  it("reads the whole entry when a data request arrives while the document part is being read", async () => {
    await a().set(key("joined"), page("releases"), { cacheControl });
    const reading = getFor(documentRequest, b(), "joined");
    // Arrives before the read returns: Next could hand it the same entry.
    let endData!: () => void;
    const joined = runForRequest(
      segmentRequest,
      (done) => new Promise<void>((r) => (endData = () => (done?.(), r()))),
    );
    expectWhole(await reading);
    endData();
    await joined;
  });

  it("hands a stale entry whole (Next regenerates it while serving it to every request for the page)", async () => {
    await a().set(key("stale"), page("stale-tag"), { cacheControl });
    await tick();
    await b().revalidateTag("stale-tag", { expire: 0xfffffffe });
    const got = await getFor(documentRequest, a(), "stale");
    expect(Date.now() - got!.lastModified).toBeGreaterThan(cacheControl.revalidate * 1000);
    expect(Buffer.compare(got!.value.rscData as Buffer, rscData)).toBe(0);
    // Past its revalidate window by time alone, too.
    await a().set(key("old"), page("releases"), { cacheControl: { revalidate: 1, expire: 86_400 } });
    await new Promise((r) => setTimeout(r, 50));
    expectWhole(await getFor(documentRequest, b(), "old"));
  });

  it("another instance's revalidateTag makes the document part a miss, as the whole entry", async () => {
    await a().set(key("events"), page("events-list"), { cacheControl });
    expectDocumentOnly(await getFor(documentRequest, b(), "events"));
    await tick();
    await a().revalidateTag(["events-list"]);
    expect(await getFor(documentRequest, b(), "events")).toBeNull();
    expect(await getFor(rscRequest, b(), "events")).toBeNull();
  });

  it("a page whose data part is gone is a miss for a data request, still a hit for its document", async () => {
    await a().set(key("evicted"), page("releases"), { cacheControl });
    await connect().del(`${prefix}isr:dev:${key("evicted")}\0data`);
    expectDocumentOnly(await getFor(documentRequest, b(), "evicted"));
    expect(await getFor(rscRequest, b(), "evicted")).toBeNull();
  });

  it("a page stored again without data parts drops the old data part", async () => {
    await a().set(key("route"), page("releases"), { cacheControl });
    await a().set(key("route"), { kind: "APP_PAGE", html, headers: {}, status: 200 }, { cacheControl });
    expect(await connect().exists(`${prefix}isr:dev:${key("route")}\0data`)).toBe(0);
    expect((await getFor(rscRequest, b(), "route"))!.value.html).toBe(html);
  });
});
