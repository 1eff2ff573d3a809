import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CdnLogger, PurgeResult } from "./cdn";
import { revalidateDomain } from "./revalidate";
import { createWarmer, WARM_HEADER, WARM_PATHS, warmPages, warmTargets } from "./warm";

// The warm-up after a purge (issue #22, Build 10) against a real HTTP server standing in for the
// edge; tests/e2e/global/edge-cache.spec.ts runs Varnish itself.
type Seen = { method: string; url: string; headers: IncomingHttpHeaders; at: number };
let server: Server;
let elsewhere: Server;
let origin = "";
let elsewhereOrigin = "";
let seen: Seen[] = [];
let seenElsewhere = 0;
let answer: (url: string, res: ServerResponse, count: number) => void;
const lines: string[] = [];
const logger: CdnLogger = {
  info: (_f, msg) => lines.push(`info ${msg}`),
  warn: (_f, msg) => lines.push(`warn ${msg}`),
  error: (_f, msg) => lines.push(`error ${msg}`),
};

const listen = async (s: Server) => {
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};
const hit = (res: ServerResponse) =>
  res.writeHead(200, { "content-type": "text/html", "x-nextjs-cache": "HIT" }).end("<html></html>");

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, at: Date.now() });
    req.resume();
    answer(req.url ?? "", res, seen.filter((s) => s.url === req.url).length);
  });
  elsewhere = createServer((req, res) => {
    seenElsewhere++;
    res.end("elsewhere");
  });
  origin = await listen(server);
  elsewhereOrigin = await listen(elsewhere);
});
afterAll(async () => {
  // The timeout test leaves a request hanging: drop it so close() returns.
  server.closeAllConnections();
  await Promise.all([server, elsewhere].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});
beforeEach(() => {
  seen = [];
  seenElsewhere = 0;
  lines.length = 0;
  answer = (_url, res) => hit(res);
});

describe("warmPages", () => {
  it("requests the home, downloads and events pages once each, in turn, asking the edge to refetch", async () => {
    const results = await warmPages({ origin, logger });
    expect(seen.map((s) => [s.method, s.url])).toEqual([
      ["GET", "/"],
      ["GET", "/downloads/"],
      ["GET", "/events/"],
    ]);
    expect(WARM_PATHS).toEqual(["/", "/downloads/", "/events/"]);
    expect(seen.every((s) => s.headers[WARM_HEADER] === "1")).toBe(true);
    expect(results).toEqual(WARM_PATHS.map((path) => ({ path, status: 200, cache: "HIT" })));
    expect(lines).toEqual(["info cdn: warmed"]);
  });

  it("asks once more for a page Next answered STALE (rendering the new copy), and no more", async () => {
    answer = (url, res, count) => {
      const stale = url === "/downloads/" && count === 1;
      const always = url === "/events/";
      res.writeHead(200, { "x-nextjs-cache": stale || always ? "STALE" : "HIT" }).end("page");
    };
    const results = await warmPages({ origin, logger });
    expect(seen.map((s) => s.url)).toEqual(["/", "/downloads/", "/downloads/", "/events/", "/events/"]);
    expect(results.map((r) => r.cache)).toEqual(["HIT", "HIT", "STALE"]);
  });

  it("does not follow a redirect away from the origin", async () => {
    answer = (url, res) =>
      url === "/" ? res.writeHead(302, { location: `${elsewhereOrigin}/` }).end() : hit(res);
    const results = await warmPages({ origin, logger });
    expect(results[0]).toMatchObject({ path: "/", status: 302 });
    expect(seenElsewhere).toBe(0);
    expect(lines).toEqual(["warn cdn: warm-up incomplete"]);
  });

  it("gives up on a page that does not answer within its timeout and goes on", async () => {
    answer = (url, res) => {
      if (url !== "/") hit(res); // "/" never answers
    };
    const started = Date.now();
    const results = await warmPages({ origin, logger, timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(results[0]).toEqual({ path: "/", status: null, cache: null, error: "timeout" });
    expect(results.slice(1).map((r) => r.status)).toEqual([200, 200]);
  });

  it("only requests paths on the configured origin, over http or https", () => {
    expect(warmTargets(`${origin}/some/base/`).map(String)).toEqual(WARM_PATHS.map((p) => `${origin}${p}`));
    expect(() => warmTargets("file:///etc/")).toThrow(/http or https/);
    expect(() => warmTargets(origin, ["//evil.example/"])).toThrow(/leaves/);
    expect(() => warmTargets(origin, [`${elsewhereOrigin}/`])).toThrow(/leaves/);
  });
});

describe("createWarmer", () => {
  it("coalesces a burst of purges into one warm-up after the last, and a purge during a run into one more", async () => {
    const warmer = createWarmer({ origin, logger, delayMs: 100 });
    const first = Date.now();
    for (let i = 0; i < 5; i++) warmer.schedule();
    await warmer.idle();
    expect(warmer.runs()).toBe(1);
    expect(seen.map((s) => s.url)).toEqual([...WARM_PATHS]);
    expect(seen[0]!.at - first).toBeGreaterThanOrEqual(90);

    seen = [];
    let purgedDuringRun = false;
    answer = (_url, res) => {
      if (!purgedDuringRun) {
        purgedDuringRun = true;
        warmer.schedule();
        warmer.schedule();
      }
      hit(res);
    };
    warmer.schedule();
    await warmer.idle();
    expect(warmer.runs()).toBe(3);
    expect(seen.map((s) => s.url)).toEqual([...WARM_PATHS, ...WARM_PATHS]);
  });
});

describe("revalidateDomain", () => {
  it("warms the pages after it purges", async () => {
    const purges: string[] = [];
    const ok: PurgeResult = { ok: true, status: 200 };
    const cdn = {
      purgeSurrogateKeys: async (keys: readonly string[]) => (purges.push(keys.join(" ")), ok),
      purgeUrl: async (url: string) => (purges.push(url), ok),
    };
    const warm = createWarmer({ origin, logger, delayMs: 50 });
    await revalidateDomain(["releases"], {
      surrogateKeys: ["downloads"],
      logger,
      cdn,
      sharedTags: null,
      warm,
    });
    expect(purges).toEqual(["releases downloads"]);
    expect(seen).toEqual([]); // not before the debounce delay
    await warm.idle();
    expect(seen.map((s) => s.url)).toEqual([...WARM_PATHS]);
  });
});
