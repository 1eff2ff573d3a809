import SwaggerParser from "@apidevtools/swagger-parser";
import { expect, test } from "@playwright/test";
import { createApiKeyFor } from "./support/db";

// The API layer (lib/api/index.ts) as clients meet it, on /api/v2/downloads/os/ (DRF bodies).
const OS = "/api/v2/downloads/os/";
// A distinct client address per test, written by "our proxy" (TRUSTED_PROXY_HOPS=1), so rate
// limits of one test never leak into another.
const client = (n: number) => ({ "x-forwarded-for": `198.51.100.${n}` });

test("reads are open, JSON, CORS-enabled and shaped like DRF's OSSerializer", async ({ request }) => {
  const res = await request.get(OS, { headers: client(1) });
  expect(res.status()).toBe(200);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await res.json()) as { name: string; slug: string; resource_uri: string }[];
  const windows = body.find((o) => o.slug === "windows");
  expect(Object.keys(windows!)).toEqual(["name", "slug", "resource_uri"]);
  expect(windows!.resource_uri).toMatch(/\/api\/v2\/downloads\/os\/\d+\/$/);
  const filtered = await request.get(`${OS}?slug=macos`, { headers: client(1) });
  expect(((await filtered.json()) as unknown[]).length).toBe(1);
});

test("an unknown method gets 405 with Allow, and OPTIONS answers the preflight", async ({ request }) => {
  const res = await request.patch(OS, { headers: client(2), data: {} });
  expect(res.status()).toBe(405);
  expect(res.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  expect(await res.json()).toEqual({ detail: 'Method "PATCH" not allowed.' });
  const pre = await request.fetch(OS, { method: "OPTIONS", headers: client(2) });
  expect(pre.status()).toBe(204);
  expect(pre.headers()["access-control-allow-headers"]).toContain("Authorization");
});

test("a bad token is 401 even on a read; no token on a write is 401", async ({ request }) => {
  const bad = await request.get(OS, { headers: { ...client(3), authorization: "Token 0123456789abcdef" } });
  expect(bad.status()).toBe(401);
  expect(await bad.json()).toEqual({ detail: "Invalid token." });
  const anon = await request.post(OS, { headers: client(3), data: { name: "Plan 9" } });
  expect(anon.status()).toBe(401);
});

test("a signed-in non-staff token may read but not write (403)", async ({ request }) => {
  const token = await createApiKeyFor("alice", "v2_token");
  const headers = { ...client(4), authorization: `Token ${token}` };
  expect((await request.get(OS, { headers })).status()).toBe(200);
  const res = await request.post(OS, { headers, data: { name: "Plan 9" } });
  expect(res.status()).toBe(403);
  expect(await res.json()).toEqual({ detail: "You do not have permission to perform this action." });
});

test("staff: a bad body is 400 with field errors; a good one is 201 with Location; delete is 204", async ({
  request,
}) => {
  const token = await createApiKeyFor("staff", "v2_token");
  const headers = { ...client(5), authorization: `Token ${token}` };
  const bad = await request.post(OS, { headers, data: { name: "", slug: "no spaces allowed" } });
  expect(bad.status()).toBe(400);
  const errors = (await bad.json()) as Record<string, string[]>;
  expect(errors.name).toEqual(["This field may not be blank."]);
  expect(errors.slug?.[0]).toContain("slug");
  const missing = await request.post(OS, { headers, data: {} });
  expect(await missing.json()).toEqual({ name: ["This field is required."] });

  const slug = `plan9-${Date.now()}`;
  const created = await request.post(OS, { headers, data: { name: "Plan 9", slug } });
  expect(created.status()).toBe(201);
  const os = (await created.json()) as { slug: string; resource_uri: string };
  expect(os.slug).toBe(slug);
  expect(created.headers()["location"]).toBe(os.resource_uri);
  const dup = await request.post(OS, { headers, data: { name: "Plan 9 again", slug } });
  expect(dup.status()).toBe(400);
  expect(await dup.json()).toEqual({ slug: ["os with this slug already exists."] });

  const path = new URL(os.resource_uri).pathname;
  expect((await request.delete(path, { headers })).status()).toBe(204);
  expect((await request.get(path, { headers: client(5) })).status()).toBe(404);
});

test("over the anonymous limit (100/day, as DRF's anon throttle) answers 429 with Retry-After", async ({
  request,
}) => {
  const headers = { "x-forwarded-for": "1.2.3.4, 198.51.100.6" };
  for (let i = 0; i < 100; i++) expect((await request.get(OS, { headers })).status()).toBe(200);
  const res = await request.get(OS, { headers });
  expect(res.status()).toBe(429);
  expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await res.json()) as { detail: string }).detail).toMatch(/^Request was throttled/);
  // A spoofed address to the left of our proxy's entry does not reset the count (AC-IP-1).
  const spoofed = await request.get(OS, { headers: { "x-forwarded-for": "5.6.7.8, 198.51.100.6" } });
  expect(spoofed.status()).toBe(429);
});

test("/api/openapi.json is a valid OpenAPI 3.1 document describing the API", async ({ request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toContain("/api/v2/downloads/os/{id}/");
  await SwaggerParser.validate(structuredClone(doc) as never);
});

test("/api/docs renders the interactive reference in the browser", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/api/docs/");
  // Swagger UI loads its 1.5 MB bundle and the document after the page: allow for a busy machine.
  await expect(page.locator(".swagger-ui .info .title")).toContainText("python.org API", { timeout: 20_000 });
  await expect(page.locator(".opblock-summary-path").first()).toBeVisible();
  await expect(page.getByText("/api/v2/downloads/os/{id}/").first()).toBeVisible();
  // Inside the site's own layout (issue #21), not a bare Swagger page.
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "python.org API reference" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("/api/docs in the dark theme: a dark page with the reference as a light panel of AA colours", async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("theme", "python-dark"));
  await page.goto("/api/docs/");
  const panel = page.locator(".api-reference").first();
  await expect(panel.locator(".swagger-ui .info .title")).toContainText("python.org API", { timeout: 20_000 });
  // Swagger UI has a light palette only; an inverting filter would hide its colours from axe
  // (tests/e2e/a11y-page-kinds.spec.ts checks them in both themes).
  expect(await panel.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 255)");
  expect(await panel.locator(".swagger-ui").evaluate((el) => getComputedStyle(el).filter)).toBe("none");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
});
