import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HASHED_PAGE_CSP_REPORT_ONLY } from "@/lib/platform/cdn/csp.mjs";
import { noteDatabaseFailure, noteDatabaseSuccess } from "@/lib/platform/db-status";
import { dataRequestInFlight, documentOnly } from "@/cache-handlers/request-kind.mjs";
import { installRequestGuard, screenRequest } from "./request-guard";

describe("screenRequest", () => {
  it("lets ordinary requests through", () => {
    expect(screenRequest("GET", "/")).toBeNull();
    expect(screenRequest("POST", "/api/v2/downloads/release/?x=1")).toBeNull();
    expect(screenRequest("GET", "/caf%C3%A9/?q=%ff")).toBeNull(); // the query is decoded leniently
    expect(screenRequest("GET", "/a%2500b/")).toBeNull(); // a literal "%00", not a NUL
  });

  it("refuses methods Next cannot construct a Request for with 405", () => {
    for (const m of ["TRACE", "TRACK", "CONNECT", "PROPFIND", undefined])
      expect(screenRequest(m, "/about/")).toMatchObject({ status: 405 });
  });

  it("refuses a NUL byte anywhere in the address and malformed encodings in the path with 400", () => {
    for (const url of ["/ab%00cd/", "/search/?q=py%00thon", "/api/search/?q=%00", "/x/?slug=%00"])
      expect(screenRequest("GET", url)).toMatchObject({
        status: 400,
        message: expect.stringContaining("NUL"),
      });
    for (const url of [
      "/%ff/",
      "/downloads/release/%E0%A4%A/",
      "/api/v2/downloads/release/%ff/",
      "/_next/static/%ff",
    ])
      expect(screenRequest("GET", url)).toMatchObject({ status: 400, code: "bad_request" });
  });

  it("refuses an address longer than 4 KB with 414, whatever its method, and lets 4 KB through", () => {
    const prefix = "/api/v2/downloads/release/?name=";
    const at = (n: number) => prefix + "a".repeat(n - prefix.length);
    expect(at(4096)).toHaveLength(4096);
    expect(screenRequest("GET", at(4096))).toBeNull();
    for (const m of ["GET", "DELETE", "POST"])
      expect(screenRequest(m, at(4097))).toMatchObject({ status: 414, code: "bad_request" });
    expect(screenRequest("GET", `//${"x".repeat(9000)}`)).toMatchObject({ status: 414 });
  });
});

describe("installRequestGuard on a real HTTP server", () => {
  let server: http.Server;
  let base: string;
  let reached = 0;
  beforeAll(async () => {
    installRequestGuard();
    installRequestGuard(); // idempotent
    server = http.createServer((req, res) => {
      reached += 1;
      if (req.url === "/hashed/" || req.url === "/plain/") {
        res.setHeader("Content-Security-Policy-Report-Only", "script-src 'self'; report-uri /r/");
        res.appendHeader("Content-Security-Policy", "object-src 'none'");
        if (req.url === "/hashed/")
          res.appendHeader("Content-Security-Policy", "script-src 'self' 'sha256-abc='");
        res.end("page");
      } else if (req.url?.startsWith("/kind/")) {
        // What the cache handler would learn about this request (cache-handlers/request-kind.mjs).
        res.end(JSON.stringify({ documentOnly: documentOnly(), dataInFlight: dataRequestInFlight() }));
      } else if (
        req.url === "/rendered/" ||
        req.url === "/cached/" ||
        req.url === "/api/echo/" ||
        req.url === "/robots.txt"
      ) {
        // Echoes the policy Next would read its nonce from, as a page rendered now or a cached one.
        res.setHeader(
          "Content-Type",
          req.url === "/api/echo/" ? "application/json" : "text/html; charset=utf-8",
        );
        res.setHeader("Content-Security-Policy-Report-Only", "script-src 'self'; report-uri /r/");
        res.appendHeader("Content-Security-Policy", "object-src 'none'");
        if (req.url === "/cached/") res.setHeader("x-nextjs-cache", "HIT");
        res.end(String(req.headers["content-security-policy"] ?? ""));
      } else if (req.url === "/tagged/") {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("ETag", 'W/"v1"');
        res.end("<p>the cached page</p>");
      } else if (req.url === "/fails/") {
        res.statusCode = 500;
        res.end("error page");
      } else res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (method: string, path: string, headers: http.OutgoingHttpHeaders = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request(`${base}${path}`, { method, headers }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("answers refused requests itself, in the JSON error shape on /api/ and as HTML on pages", async () => {
    const before = reached;
    const api = await send("TRACE", "/api/v2/downloads/release/");
    expect(api.status).toBe(405);
    expect(api.headers.allow).toContain("GET");
    expect(JSON.parse(api.body)).toEqual({
      error: { code: "method_not_allowed", message: "Method TRACE is not allowed here." },
    });
    const page = await send("GET", "/%ff/");
    expect(page.status).toBe(400);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.body).toContain("<h1>Bad request</h1>");
    const head = await send("HEAD", "/ab%00cd/");
    expect(head.status).toBe(400);
    expect(head.body).toBe("");
    const long = await send("GET", `/api/v2/downloads/release/?name=${"x".repeat(9000)}`);
    expect(long.status).toBe(414);
    expect(JSON.parse(long.body)).toEqual({
      error: { code: "bad_request", message: "The address is too long." },
    });
    const longPage = await send("DELETE", `//${"x".repeat(9000)}`);
    expect(longPage.status).toBe(414);
    expect(longPage.body).toContain("<h1>Address too long</h1>");
    expect(reached).toBe(before);
    expect((await send("GET", "/fine/")).body).toBe("ok");
    expect(reached).toBe(before + 1);
  });

  it("turns a 500 into 503 with Retry-After while the database is down, and only then", async () => {
    expect((await send("GET", "/fails/")).status).toBe(500);
    noteDatabaseFailure();
    const down = await send("GET", "/fails/");
    expect(down.status).toBe(503);
    expect(down.headers["retry-after"]).toBe("5");
    expect(down.headers["cache-control"]).toBe("no-store");
    expect(down.body).toBe("error page");
    expect((await send("GET", "/fine/")).status).toBe(200);
    noteDatabaseSuccess();
    expect((await send("GET", "/fails/")).status).toBe(500);
  });

  it("drops the script part of the Report-Only policy of a page that enforces its own hashes", async () => {
    expect((await send("GET", "/hashed/")).headers["content-security-policy-report-only"]).toBe(
      HASHED_PAGE_CSP_REPORT_ONLY,
    );
    expect((await send("GET", "/plain/")).headers["content-security-policy-report-only"]).toBe(
      "script-src 'self'; report-uri /r/",
    );
  });

  it("gives each page request a nonce and enforces it on a page rendered now, not on a cached one", async () => {
    const sent = { "content-security-policy": "script-src 'nonce-chosen-by-the-client'" };
    const a = await send("GET", "/rendered/", sent);
    const b = await send("GET", "/rendered/");
    const nonce = (policy: string) => /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(policy)?.[1];
    // What the page saw (Next reads its nonce there): a fresh nonce each time, never the client's.
    expect(nonce(a.body)).toBeDefined();
    expect(a.body).not.toContain("chosen-by-the-client");
    expect(nonce(b.body)).not.toBe(nonce(a.body));
    expect(a.body).toContain("'strict-dynamic'");
    expect(a.body).not.toContain("'unsafe-eval'");
    // Sent back enforced, beside the directives already there; the Report-Only one loses script-src.
    expect(a.headers["content-security-policy"]).toBe(`object-src 'none', ${a.body}`);
    expect(a.headers["content-security-policy-report-only"]).toBe(HASHED_PAGE_CSP_REPORT_ONLY);

    const cached = await send("GET", "/cached/");
    expect(nonce(cached.body)).toBeDefined(); // a miss would render with it
    expect(cached.headers["content-security-policy"]).toBe("object-src 'none'");
    expect(cached.headers["content-security-policy-report-only"]).toBe("script-src 'self'; report-uri /r/");

    // A file path is never a page: no nonce is made for it (the client's policy is left as sent).
    const file = await send("GET", "/robots.txt", sent);
    expect(file.body).toBe(sent["content-security-policy"]);

    const api = await send("GET", "/api/echo/", sent);
    expect(api.body).toBe(sent["content-security-policy"]);
    expect(api.headers["content-security-policy"]).toBe("object-src 'none'");
  });

  it("answers If-None-Match naming the response's ETag with an empty 304, and only for GET and HEAD", async () => {
    const fresh = await send("GET", "/tagged/");
    expect([fresh.status, fresh.body, fresh.headers.etag]).toEqual([200, "<p>the cached page</p>", 'W/"v1"']);
    for (const condition of ['W/"v1"', '"v1"', '"old", W/"v1"', "*"]) {
      const again = await send("GET", "/tagged/", { "if-none-match": condition });
      expect([condition, again.status, again.body, again.headers.etag]).toEqual([
        condition,
        304,
        "",
        'W/"v1"',
      ]);
      expect(again.headers["content-length"]).toBeUndefined();
    }
    expect((await send("HEAD", "/tagged/", { "if-none-match": 'W/"v1"' })).status).toBe(304);
    expect((await send("GET", "/tagged/", { "if-none-match": 'W/"v2"' })).status).toBe(200);
    expect((await send("POST", "/tagged/", { "if-none-match": 'W/"v1"' })).status).toBe(200);
    expect((await send("GET", "/fine/", { "if-none-match": "*" })).status).toBe(200); // no ETag
  });

  it("tells the cache handler whether a request wants a page's document or its data", async () => {
    const kind = async (headers: http.OutgoingHttpHeaders, method = "GET", path = "/kind/") =>
      JSON.parse((await send(method, path, headers)).body) as {
        documentOnly: boolean;
        dataInFlight: boolean;
      };
    expect(await kind({})).toEqual({ documentOnly: true, dataInFlight: false });
    expect(await kind({ rsc: "1" })).toEqual({ documentOnly: false, dataInFlight: true });
    expect(await kind({ rsc: "1", "next-router-prefetch": "1" })).toMatchObject({ documentOnly: false });
    expect(await kind({ "next-router-segment-prefetch": "/_tree" })).toMatchObject({ documentOnly: false });
    expect(await kind({}, "GET", "/kind/index.rsc")).toMatchObject({ documentOnly: false });
    expect(await kind({}, "POST")).toMatchObject({ documentOnly: false });
    // A data request counts only while it is answered.
    expect(await kind({})).toEqual({ documentOnly: true, dataInFlight: false });
  });
});
