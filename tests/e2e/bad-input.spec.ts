import { expect, test, type APIResponse } from "@playwright/test";
import { createApiKeyFor } from "./support/db";

// Issue 22, "Faults and bad input": each of these answered 500 (reproduced against next start);
// bad input is refused with a 4xx, the JSON error shape on APIs and an HTML page on pages.
const ip = (n: number) => ({ "x-forwarded-for": `198.51.100.${60 + n}` });

async function expectJsonError(res: APIResponse, status: number) {
  expect(res.status(), res.url()).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(typeof body).toBe("object");
  return body as Record<string, unknown>;
}

async function expectHtmlError(res: APIResponse, status: number) {
  expect(res.status(), res.url()).toBe(status);
  expect(res.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(await res.text()).toContain('<a href="/">home page</a>');
}

test("a NUL byte in a query string or path is a 400, never a database error", async ({ request }) => {
  for (const path of ["/api/v1/downloads/os/?name=abc%00def", "/api/v2/downloads/os/?slug=%00", "/api/search/?q=%00"])
    expect(await expectJsonError(await request.get(path, { headers: ip(1) }), 400)).toEqual({
      error: { code: "bad_request", message: "The address contains a NUL byte." },
    });
  for (const path of ["/search/?q=py%00thon", "/ab%00cd/"])
    await expectHtmlError(await request.get(path, { headers: ip(1) }), 400);
});

test("malformed percent-encoding in any path is a 400", async ({ request }) => {
  for (const path of ["/%ff/", "/downloads/release/%E0%A4%A/", "/_next/static/%ff"])
    await expectHtmlError(await request.get(path, { headers: ip(2) }), 400);
  expect(await expectJsonError(await request.get("/api/v2/downloads/release/%ff/", { headers: ip(2) }), 400)).toEqual({
    error: { code: "bad_request", message: "The address is not valid percent-encoded UTF-8." },
  });
});

test("TRACE and other unsupported methods are 405 with Allow, on pages and APIs", async ({ request }) => {
  for (const path of ["/about/", "/downloads/", "/"]) {
    const res = await request.fetch(path, { method: "TRACE", headers: ip(3) });
    expect(res.status(), path).toBe(405);
    expect(res.headers().allow).toContain("GET");
  }
  const api = await request.fetch("/api/v2/downloads/release/", { method: "TRACE", headers: ip(3) });
  expect((await expectJsonError(api, 405)).error).toMatchObject({ code: "method_not_allowed" });
  expect(api.headers().allow).toContain("GET");
  const other = await request.fetch("/api/v1/downloads/release/", { method: "PROPFIND", headers: ip(3) });
  expect(other.status()).toBe(405);
});

// Found by the API fuzz: Next's own `//` → `/` redirect echoes the address in Location and Refresh,
// so a 9 KB query made 18 KB of headers, more than a client reads. Addresses over 4 KB are a 414.
test("an address longer than 4 KB is a 414, on APIs and pages, before any redirect", async ({ request, baseURL }) => {
  const long = "x".repeat(9000);
  const api = await request.fetch(`/api/v2/downloads/release/?name=${long}`, { method: "DELETE", headers: ip(4) });
  expect(await expectJsonError(api, 414)).toEqual({
    error: { code: "bad_request", message: "The address is too long." },
  });
  const page = await request.fetch(`${baseURL}//api/v2/downloads/release/?q=${long}`, {
    headers: ip(4),
    maxRedirects: 0,
  });
  expect(page.status()).toBe(414);
  expect(page.headers().location).toBeUndefined();
  await expectHtmlError(await request.get(`/downloads/?q=${long}`, { headers: ip(4) }), 414);
  expect((await request.get(`/downloads/?q=${"x".repeat(3000)}`, { headers: ip(4) })).status()).toBe(200);
});

test("year 0000 in a date filter is a 400, in v1 and v2", async ({ request }) => {
  for (const path of [
    "/api/v2/downloads/release/?release_date=0000-01-01",
    "/api/v1/downloads/release/?release_date=0000-01-01",
    "/api/v1/downloads/release/?release_date__gte=0000-01-01",
  ]) {
    const res = await request.get(path, { headers: ip(4) });
    expect(res.status(), path).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
  }
});

test("staff writes: NUL bytes and year 0000 in bodies are 400, ids beyond int4 are 4xx, other charsets 415", async ({
  request,
}) => {
  const token = await createApiKeyFor("staff", "v2_token");
  const staff = { ...ip(5), authorization: `Token ${token}` };
  const nul = await request.post("/api/v2/downloads/release/", {
    headers: staff,
    data: { name: "Python 3.4.\u0000", version: 3, is_published: false, release_date: new Date().toISOString() },
  });
  expect(await expectJsonError(nul, 400)).toEqual({ detail: "The body contains a NUL byte." });
  const year0 = await request.post("/api/v2/downloads/release/", {
    headers: staff,
    data: { name: `Python 3.4.${Date.now() % 1000}`, version: 3, release_date: "0000-01-01T00:00:00Z" },
  });
  expect(year0.status()).toBe(400);
  const utf16 = await request.post("/api/v2/downloads/release/", {
    headers: { ...staff, "content-type": "application/json; charset=utf-16" },
    data: Buffer.from(JSON.stringify({ name: "Python 9.9.9" }), "utf16le"),
  });
  expect(await expectJsonError(utf16, 415)).toEqual({
    detail: "Send the body as UTF-8 (charset=utf-8, or no charset).",
  });
  const del = await request.delete("/api/v2/downloads/release_file/delete_by_release/?release=2147483648", {
    headers: staff,
  });
  expect([400, 404]).toContain(del.status());

  const key = await createApiKeyFor("staff", "v1_apikey");
  const v1 = { ...ip(5), authorization: `ApiKey staff:${key}` };
  const set = await request.get("/api/v1/downloads/release/set/9999999999/", { headers: v1 });
  expect([400, 404]).toContain(set.status());
  const v1Nul = await request.post("/api/v1/downloads/release/", {
    headers: v1,
    data: { name: "Python 3.4.\u0000", slug: "python-34-nul" },
  });
  expect(v1Nul.status()).toBe(400);
  const page = await request.post("/api/v1/pages/page/", {
    headers: v1,
    data: { title: "A\u0000B", path: "nul-title/", content: "x" },
  });
  expect(page.status()).toBe(400);
});

test("a truncated JSON body to the credentials callback is a 400, not a 500", async ({ request }) => {
  const res = await request.post("/api/auth/callback/credentials", {
    headers: { ...ip(6), "content-type": "application/json" },
    // A Buffer: Playwright would JSON-encode a string that does not parse.
    data: Buffer.from('{"user'),
  });
  expect(await expectJsonError(res, 400)).toEqual({
    error: { code: "bad_request", message: "The body is not valid JSON." },
  });
});
