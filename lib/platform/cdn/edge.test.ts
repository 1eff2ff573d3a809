import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFastlyClient, normalizeKeys, type CdnLogger } from "./cdn";
import { combineClients, createEdgeClient } from "./edge";

// The purge requests the shipped Varnish edge understands (edge/varnish.vcl), received by a real
// HTTP server standing in for it; tests/e2e/global/edge-cache.spec.ts sends the same to Varnish.
type Seen = { method: string; url: string; headers: IncomingHttpHeaders };
let server: Server;
let base = "";
let seen: Seen[] = [];
let status = 200;
const lines: string[] = [];
const logger: CdnLogger = {
  info: (_f, msg) => lines.push(`info ${msg}`),
  warn: (_f, msg) => lines.push(`warn ${msg}`),
  error: (_f, msg) => lines.push(`error ${msg}`),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    res.writeHead(status).end("Purged 1");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  status = 200;
  lines.length = 0;
});

const edge = (soft = false) => createEdgeClient({ purgeUrl: base, soft, logger, normalizeKeys });

describe("the edge purge client", () => {
  it("purges keys with one PURGE / carrying xkey-purge, cleaned and de-duplicated", async () => {
    const result = await edge().purgeSurrogateKeys(["downloads", " pydotorg-app ", "downloads", ""]);
    expect(result).toEqual({ ok: true, status: 200 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "PURGE", url: "/" });
    expect(seen[0]!.headers["xkey-purge"]).toBe("downloads pydotorg-app");
    expect(seen[0]!.headers["xkey-soft"]).toBeUndefined();
  });

  it("asks for a soft purge when told, and splits a long key list into header-sized batches", async () => {
    const keys = Array.from({ length: 700 }, (_, i) => `page:some-long-path-name-${i}`);
    await edge(true).purgeSurrogateKeys(keys);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((s) => s.headers["xkey-soft"] === "1")).toBe(true);
    const sent = seen.flatMap((s) => String(s.headers["xkey-purge"]).split(" "));
    expect(sent).toEqual(keys);
    expect(seen.every((s) => String(s.headers["xkey-purge"]).length <= 6000)).toBe(true);
  });

  it("purges a URL by its path and query, whatever host it names", async () => {
    await edge().purgeUrl("https://www.python.org/downloads/release/python-3140/?x=1");
    expect(seen[0]).toMatchObject({ method: "PURGE", url: "/downloads/release/python-3140/?x=1" });
    await edge().purgeUrl("/about/");
    expect(seen[1]).toMatchObject({ method: "PURGE", url: "/about/" });
  });

  it("reports a refused purge or an unreachable cache without throwing", async () => {
    status = 403;
    expect(await edge().purgeSurrogateKeys(["pages"])).toEqual({ ok: false, status: 403, error: "HTTP 403" });
    const down = createEdgeClient({ purgeUrl: "http://127.0.0.1:1", logger, normalizeKeys });
    expect(await down.purgeUrl("/about/")).toMatchObject({ ok: false, status: null });
    expect(lines.filter((l) => l.startsWith("error"))).toHaveLength(2);
  });

  it("beside an unconfigured Fastly, a combined purge reaches the edge and reports the edge's answer", async () => {
    const fastly = createFastlyClient({ logger, siteUrl: "https://www.python.org" });
    const both = combineClients([fastly, edge()]);
    expect(await both.purgeSurrogateKeys(["events"])).toEqual({ ok: true, status: 200 });
    expect(seen.map((s) => s.headers["xkey-purge"])).toEqual(["events"]);
    status = 500;
    expect(await both.purgeUrl("/events/")).toMatchObject({ ok: false, status: 500 });
  });
});
