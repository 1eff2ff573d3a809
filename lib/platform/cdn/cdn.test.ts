import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cdnHeaders, createFastlyClient, surrogateKeysFor, type CdnLogger } from "./cdn";
import { revalidateDomain } from "./revalidate";

type Seen = { method: string; url: string; headers: IncomingHttpHeaders };

let server: Server;
let baseUrl: string;
let seen: Seen[] = [];
let nextStatus = 200;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    res.writeHead(nextStatus, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen = [];
  nextStatus = 200;
});

function recordingLogger() {
  const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
  const logger: CdnLogger = {
    info: (fields, msg) => lines.push({ level: "info", fields, msg }),
    warn: (fields, msg) => lines.push({ level: "warn", fields, msg }),
    error: (fields, msg) => lines.push({ level: "error", fields, msg }),
  };
  return { logger, lines };
}

describe("surrogateKeysFor (pydotorg/middleware.py GlobalSurrogateKey)", () => {
  it("gives the homepage only pydotorg-app", () => {
    expect(surrogateKeysFor("/")).toEqual(["pydotorg-app"]);
  });

  it("adds the first path segment", () => {
    expect(surrogateKeysFor("/downloads/release/python-3140/")).toEqual(["pydotorg-app", "downloads"]);
    expect(surrogateKeysFor("/jobs/")).toEqual(["pydotorg-app", "jobs"]);
  });

  it("appends extra domain keys without duplicates", () => {
    expect(surrogateKeysFor("/downloads/", ["releases", "downloads", " "])).toEqual([
      "pydotorg-app",
      "downloads",
      "releases",
    ]);
  });
});

describe("cdnHeaders", () => {
  it("sets browser, CDN and key headers for public responses", () => {
    const headers = cdnHeaders({
      keys: ["pydotorg-app", "downloads"],
      maxAge: 300,
      sMaxAge: 3600,
      staleWhileRevalidate: 30,
    });
    expect(headers).toEqual({
      "Cache-Control": "public, max-age=300, s-maxage=3600",
      "Surrogate-Control": "max-age=3600, stale-while-revalidate=30, stale-if-error=86400",
      "Surrogate-Key": "pydotorg-app downloads",
    });
  });

  it("uses defaults and omits an empty key list", () => {
    const headers = cdnHeaders();
    expect(headers["Cache-Control"]).toBe("public, max-age=300, s-maxage=86400");
    expect(headers).not.toHaveProperty("Surrogate-Key");
  });

  it("makes admin and signed-in responses private and keyless", () => {
    expect(cdnHeaders({ keys: ["pydotorg-app"], private: true })).toEqual({
      "Cache-Control": "private, no-store",
    });
  });
});

describe("Fastly client", () => {
  it("batch-purges surrogate keys with POST /service/{id}/purge", async () => {
    const { logger } = recordingLogger();
    const client = createFastlyClient({ apiKey: "secret-key", serviceId: "svc123", baseUrl, logger });
    const result = await client.purgeSurrogateKeys(["downloads", "releases", "downloads"]);
    expect(result).toEqual({ ok: true, status: 200 });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.url).toBe("/service/svc123/purge");
    expect(seen[0]!.headers["fastly-key"]).toBe("secret-key");
    expect(seen[0]!.headers["surrogate-key"]).toBe("downloads releases");
    expect(seen[0]!.headers["fastly-soft-purge"]).toBeUndefined();
  });

  it("sends Fastly-Soft-Purge when asked", async () => {
    const client = createFastlyClient({
      apiKey: "k",
      serviceId: "s",
      baseUrl,
      logger: recordingLogger().logger,
    });
    await client.purgeSurrogateKeys(["events"], { soft: true });
    expect(seen[0]!.headers["fastly-soft-purge"]).toBe("1");
  });

  it("splits more than 256 keys into several requests", async () => {
    const client = createFastlyClient({
      apiKey: "k",
      serviceId: "s",
      baseUrl,
      logger: recordingLogger().logger,
    });
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}`);
    await client.purgeSurrogateKeys(keys);
    expect(seen.map((s) => String(s.headers["surrogate-key"]).split(" ").length)).toEqual([256, 44]);
  });

  it("purges a URL with the PURGE method, resolving paths against the site", async () => {
    const client = createFastlyClient({
      apiKey: "secret-key",
      serviceId: "s",
      siteUrl: baseUrl,
      logger: recordingLogger().logger,
    });
    const result = await client.purgeUrl("/downloads/release/python-3140/");
    expect(result.ok).toBe(true);
    expect(seen[0]).toMatchObject({ method: "PURGE", url: "/downloads/release/python-3140/" });
    expect(seen[0]!.headers["fastly-key"]).toBe("secret-key");
  });

  it("returns the failure instead of throwing, and logs it without the API key", async () => {
    nextStatus = 503;
    const { logger, lines } = recordingLogger();
    const client = createFastlyClient({ apiKey: "secret-key", serviceId: "s", baseUrl, logger });
    const result = await client.purgeSurrogateKeys(["downloads"]);
    expect(result).toMatchObject({ ok: false, status: 503 });
    expect(lines.some((l) => l.level === "error")).toBe(true);
    expect(JSON.stringify(lines)).not.toContain("secret-key");
  });

  it("returns a network failure instead of throwing", async () => {
    const { logger, lines } = recordingLogger();
    const client = createFastlyClient({
      apiKey: "secret-key",
      serviceId: "s",
      baseUrl: "http://127.0.0.1:1",
      logger,
    });
    const result = await client.purgeSurrogateKeys(["downloads"]);
    expect(result).toMatchObject({ ok: false, status: null });
    expect(lines[0]?.level).toBe("error");
    expect(JSON.stringify(lines)).not.toContain("secret-key");
  });

  it("does nothing but log when unconfigured", async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const { logger, lines } = recordingLogger();
    const client = createFastlyClient({ baseUrl, logger, fetch: fetchSpy });
    expect(client.configured).toBe(false);
    expect(await client.purgeSurrogateKeys(["downloads"])).toEqual({
      ok: true,
      status: null,
      skipped: "unconfigured",
    });
    expect(await client.purgeUrl("https://www.python.org/jobs/")).toMatchObject({ skipped: "unconfigured" });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(seen).toHaveLength(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: "info",
      fields: { keys: ["downloads"], fastly: "unconfigured" },
    });
  });

  it("sends nothing for an empty key list", async () => {
    const client = createFastlyClient({
      apiKey: "k",
      serviceId: "s",
      baseUrl,
      logger: recordingLogger().logger,
    });
    expect(await client.purgeSurrogateKeys(["", " "])).toMatchObject({ ok: true, skipped: "empty" });
    expect(seen).toHaveLength(0);
  });
});

describe("revalidateDomain", () => {
  it("outside a request without Redis logs the skipped Next tags and still purges the CDN", async () => {
    const { logger, lines } = recordingLogger();
    const client = createFastlyClient({ apiKey: "k", serviceId: "svc", baseUrl, siteUrl: baseUrl, logger });
    const result = await revalidateDomain(["releases"], {
      surrogateKeys: ["downloads"],
      paths: ["/downloads/"],
      logger,
      cdn: client,
      sharedTags: null,
    });
    expect(result.revalidated).toEqual([]);
    expect(result.shared).toEqual([]);
    expect(result.skipped).toEqual(["releases", "/downloads/"]);
    expect(lines.filter((l) => l.level === "warn")).toMatchObject([
      { fields: { tags: ["releases"], paths: ["/downloads/"] } },
    ]);
    expect(result.cdn.every((r) => r.ok)).toBe(true);
    // The key purge and the URL purge run concurrently: compare without order.
    expect(seen.map((s) => [s.method, s.url, s.headers["surrogate-key"]]).sort()).toEqual([
      ["POST", "/service/svc/purge", "releases downloads"],
      ["PURGE", "/downloads/", undefined],
    ]);
  });
});
