// Real node:http servers on 127.0.0.1. Refusal tests never pass allowPrivateHostsForTests
// for the host being refused, so they exercise the production checks.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { FetchRefusedError, isPublicAddress, safeFetch, type Resolver } from "./fetch";

let server: http.Server;
let base: string;
let port: number;
// Set by the endless-stream route when the client hangs up, proving the abort happened mid-stream.
let streamClosedAfter = -1;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/hello") {
      res.writeHead(200, {
        "content-type": "text/plain; charset=utf-8",
        "x-seen-host": req.headers.host ?? "",
      });
      res.end("héllo from the fixture");
    } else if (path === "/bytes") {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.from([0, 1, 2, 255]));
    } else if (path === "/to-metadata") {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      res.end();
    } else if (path === "/to-hello") {
      res.writeHead(301, { location: "/hello" });
      res.end();
    } else if (path.startsWith("/loop")) {
      const n = Number(path.slice(5) || 0);
      res.writeHead(302, { location: `/loop${n + 1}` });
      res.end();
    } else if (path === "/endless") {
      // Streams 64 KB chunks without Content-Length until the client disconnects.
      let sent = 0;
      res.writeHead(200, { "content-type": "application/octet-stream" });
      const chunk = Buffer.alloc(64 * 1024, 97);
      const timer = setInterval(() => {
        res.write(chunk);
        sent += chunk.length;
      }, 1);
      res.on("close", () => {
        clearInterval(timer);
        streamClosedAfter = sent;
      });
    } else if (path === "/declared-large") {
      res.writeHead(200, { "content-length": String(50 * 1024 * 1024) });
      res.write("x");
    } else if (path === "/slow-headers") {
      setTimeout(() => res.end("late"), 5_000).unref();
    } else if (path === "/slow-body") {
      res.writeHead(200);
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
    } else if (path === "/missing") {
      res.writeHead(404);
      res.end("nope");
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const http2 = ["https:", "http:"] as const;
// Maps test names to fixed addresses; anything else fails like an NXDOMAIN.
const fakeDns =
  (table: Record<string, string>): Resolver =>
  async (hostname) => {
    const address = table[hostname];
    if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return [{ address, family: address.includes(":") ? 6 : 4 }];
  };

async function refusal(promise: Promise<unknown>): Promise<FetchRefusedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "192.0.2.1",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "64:ff9b::a00:1",
    "2002:a00:1::1",
    "not-an-ip",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  it.each(["8.8.8.8", "151.101.0.223", "2a04:4e42::223"])("accepts %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("safeFetch refusals (no escape hatch)", () => {
  it.each([
    ["http://127.0.0.1/", "127.0.0.1"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254"],
    ["http://[::1]/", "::1"],
    ["http://10.0.0.1/", "10.0.0.1"],
    ["http://[::ffff:127.0.0.1]/", "7f00:1"],
    ["http://2130706433/", "127.0.0.1"], // decimal form of 127.0.0.1, normalised by the URL parser
  ])("refuses %s as private-address", async (url, shown) => {
    const error = await refusal(safeFetch(url, { protocols: http2 }));
    expect(error.reason).toBe("private-address");
    expect(error.message).toContain(shown);
  });

  it("refuses http: by default (https only, AC-SSRF-1)", async () => {
    const error = await refusal(safeFetch("http://example.org/feed"));
    expect(error.reason).toBe("scheme");
  });

  it.each([
    "file:///etc/passwd",
    "ftp://example.org/x",
    "data:text/plain,hi",
    "javascript:alert(1)",
    "gopher://x/",
  ])("refuses %s as scheme", async (url) => {
    const error = await refusal(safeFetch(url, { protocols: http2 }));
    expect(error.reason).toBe("scheme");
  });

  it("refuses a hostname that resolves to a private address", async () => {
    const resolve = fakeDns({ "feeds.example.org": "192.168.0.10" });
    const error = await refusal(safeFetch("https://feeds.example.org/rss", { resolve }));
    expect(error.reason).toBe("private-address");
    expect(error.message).toContain("feeds.example.org");
    expect(error.host).toBe("feeds.example.org");
  });

  it("refuses when any one of several resolved addresses is private", async () => {
    const resolve: Resolver = async () => [
      { address: "8.8.8.8", family: 4 },
      { address: "fd00::1", family: 6 },
    ];
    expect((await refusal(safeFetch("https://mixed.example.org/", { resolve }))).reason).toBe(
      "private-address",
    );
  });

  it("reports an unresolvable host as dns", async () => {
    const error = await refusal(safeFetch("https://nowhere.example.org/", { resolve: fakeDns({}) }));
    expect(error.reason).toBe("dns");
  });

  it("refuses hosts outside the job's allowlist", async () => {
    const resolve = fakeDns({ "evil.example.com": "8.8.8.8" });
    const error = await refusal(
      safeFetch("https://evil.example.com/", { resolve, allowedHosts: ["blog.python.org", "*.python.org"] }),
    );
    expect(error.reason).toBe("host-not-allowed");
  });

  it("never puts URL credentials or the query in the message", async () => {
    const error = await refusal(
      safeFetch("http://admin:hunter2@10.0.0.1/x?token=abc123", { protocols: http2 }),
    );
    expect(error.message).not.toContain("hunter2");
    expect(error.message).not.toContain("admin");
    expect(error.message).not.toContain("abc123");
    expect(error.url).toBe("http://10.0.0.1/x?…");
  });

  it("rejects the escape hatch outside NODE_ENV=test", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.resetModules();
    const fresh = await import("./fetch");
    await expect(
      fresh.safeFetch(`${base}/hello`, { protocols: http2, allowPrivateHostsForTests: ["127.0.0.1"] }),
    ).rejects.toThrow(/only honoured when NODE_ENV=test/);
  });
});

describe("safeFetch against a local server", () => {
  const local = { protocols: http2, allowPrivateHostsForTests: ["127.0.0.1", "public.test"] };

  it("fetches a small text body", async () => {
    const res = await safeFetch(`${base}/hello`, local);
    expect(res.status).toBe(200);
    expect(res.body).toBe("héllo from the fixture");
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.url).toBe(`${base}/hello`);
  });

  it("connects to the resolver's vetted address while keeping the Host header", async () => {
    const resolve = fakeDns({ "public.test": "127.0.0.1" });
    const res = await safeFetch(`http://public.test:${port}/hello`, { ...local, resolve });
    expect(res.body).toBe("héllo from the fixture");
    expect(res.headers.get("x-seen-host")).toBe(`public.test:${port}`);
  });

  it("returns bytes when asked", async () => {
    const res = await safeFetch(`${base}/bytes`, { ...local, as: "bytes" });
    expect(Array.from(res.body)).toEqual([0, 1, 2, 255]);
  });

  it("follows a same-host redirect and reports the final URL", async () => {
    const res = await safeFetch(`${base}/to-hello`, local);
    expect(res.url).toBe(`${base}/hello`);
    expect(res.body).toBe("héllo from the fixture");
  });

  it("refuses a redirect from an allowed host to the metadata address", async () => {
    // Only public.test is exempt; the second hop goes through the production checks.
    const resolve = fakeDns({ "public.test": "127.0.0.1" });
    const error = await refusal(
      safeFetch(`http://public.test:${port}/to-metadata`, {
        protocols: http2,
        resolve,
        allowPrivateHostsForTests: ["public.test"],
      }),
    );
    expect(error.reason).toBe("private-address");
    expect(error.message).toContain("169.254.169.254");
  });

  it("stops after the redirect limit", async () => {
    const error = await refusal(safeFetch(`${base}/loop`, { ...local, maxRedirects: 2 }));
    expect(error.reason).toBe("too-many-redirects");
  });

  it("aborts an endless body while streaming, as too-large", async () => {
    streamClosedAfter = -1;
    const error = await refusal(
      safeFetch(`${base}/endless`, { ...local, maxBytes: 256 * 1024, timeoutMs: 5_000 }),
    );
    expect(error.reason).toBe("too-large");
    await vi.waitFor(() => expect(streamClosedAfter).toBeGreaterThan(0));
    // The server stopped soon after the cap, not after megabytes.
    expect(streamClosedAfter).toBeLessThan(4 * 1024 * 1024);
  });

  it("refuses a declared Content-Length above the cap before reading", async () => {
    const error = await refusal(safeFetch(`${base}/declared-large`, local));
    expect(error.reason).toBe("too-large");
    expect(error.message).toContain("declared");
  });

  it("times out a server that never answers", async () => {
    const started = Date.now();
    const error = await refusal(safeFetch(`${base}/slow-headers`, { ...local, timeoutMs: 200 }));
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("times out a body that trickles in forever", async () => {
    const error = await refusal(safeFetch(`${base}/slow-body`, { ...local, timeoutMs: 300 }));
    expect(error.reason).toBe("timeout");
  });

  it("refuses an unaccepted status as http-status", async () => {
    const error = await refusal(safeFetch(`${base}/missing`, local));
    expect(error.reason).toBe("http-status");
    expect(error.status).toBe(404);
  });

  it("reports a refused connection as network", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await refusal(safeFetch(`http://127.0.0.1:${deadPort}/`, local));
    expect(error.reason).toBe("network");
  });
});
