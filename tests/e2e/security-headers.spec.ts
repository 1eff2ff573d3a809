import { expect, test, type APIResponse } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { appDir, pageRoutes } from "./support/routes";

test.setTimeout(90_000);

// AC-HDR-1: every page route (enumerated from app/, with samples for dynamic segments) answers
// with HSTS, nosniff, the referrer policy and a CSP. Pages rendered per request enforce a nonce policy;
// cached public pages enforce the hashes of their inline scripts (with Redis) or report the strict script policy.

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
const perPerson = (p: string) => /^\/(admin|accounts|users)(\/|$)/.test(p);

function checkHeaders(p: string, res: APIResponse) {
  const h = res.headers();
  expect([p, res.status() < 500]).toEqual([p, true]);
  const hsts = /max-age=(\d+)/.exec(h["strict-transport-security"] ?? "");
  expect([p, Number(hsts?.[1] ?? 0) >= 31_536_000]).toEqual([p, true]);
  expect([p, h["strict-transport-security"]]).toEqual([p, expect.stringContaining("includeSubDomains")]);
  expect([p, h["x-content-type-options"]]).toEqual([p, "nosniff"]);
  expect([p, h["referrer-policy"]]).toEqual([p, "strict-origin-when-cross-origin"]);

  // A cached page sends two enforced policies (the nonce-free directives, and the hashes of its
  // inline scripts stored with its cache entry): both apply.
  const policies = res
    .headersArray()
    .filter((x) => x.name.toLowerCase() === "content-security-policy")
    .map((x) => directives(x.value));
  // Per-person pages: the nonce policy is the script policy that must hold.
  const nonced = policies.find((d) => (d["script-src"] ?? []).some((s) => s.startsWith("'nonce-")));
  const enforced = Object.assign({}, ...policies, nonced ?? {}) as Record<string, string[]>;
  expect([p, enforced["object-src"], enforced["base-uri"], enforced["frame-ancestors"]]).toEqual([
    p,
    ["'none'"],
    ["'self'"],
    ["'self'"],
  ]);
  const scriptPolicy =
    perPerson(p) || enforced["script-src"]
      ? enforced
      : directives(h["content-security-policy-report-only"] ?? "");
  const script = scriptPolicy["script-src"] ?? [];
  expect([p, script.length > 0, script.includes("'unsafe-inline'")]).toEqual([p, true, false]);
  if (perPerson(p)) {
    expect([p, script.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)), script]).toEqual([
      p,
      true,
      expect.arrayContaining(["'strict-dynamic'"]),
    ]);
  }
  expect([p, scriptPolicy["report-uri"]]).toEqual([p, ["/api/csp-report/"]]);
}

test("every page route carries the security headers", async ({ browser }) => {
  const slug = await withDb(
    async (c) =>
      (await c.query<{ slug: string }>("SELECT slug FROM downloads_release WHERE is_published LIMIT 1"))
        .rows[0]!.slug,
  );
  const userId = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM users_user WHERE username = 'bob'")).rows[0]!.id,
  );
  const routes = [
    ...pageRoutes(appDir, {
      "[os]": "windows",
      "[slug]": slug,
      "[username]": "alice",
      "[key]": "not-a-real-key",
      "[id]": String(userId),
      "releases/[id]": "1",
      "[...path]": "about",
      // The .../page/N/ routes that ?page=N of a listing is rewritten to (next.config.mjs).
      "[n]": "1",
    }),
  ];
  expect(routes).toEqual(
    expect.arrayContaining(["/", "/downloads/", "/accounts/login/", "/admin/", "/admin/users/", "/about/"]),
  );
  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  for (const p of routes) checkHeaders(p, await staff.request.get(p, { maxRedirects: 0 }));
  // The same for a visitor who is not signed in (public pages come from the cache for them).
  const visitor = await browser.newPage();
  for (const p of routes.filter((r) => !r.startsWith("/admin"))) {
    checkHeaders(p, await visitor.request.get(p, { maxRedirects: 0 }));
  }
  await Promise.all([staff.close(), visitor.close()]);
});

test("nonce pages run their scripts under the enforced policy, with a fresh nonce each time", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  // gotoHydrated waits for the header's /api/session request, which only hydrated React makes.
  await gotoHydrated(page, "/accounts/login/");
  await page.getByLabel("Username or email").fill("alice");
  expect(violations).toEqual([]);
  const nonces = await page.locator("script[nonce]").count();
  expect(nonces).toBeGreaterThan(0);

  const first = (await page.request.get("/accounts/login/")).headers()["content-security-policy"];
  const second = (await page.request.get("/accounts/login/")).headers()["content-security-policy"];
  expect(first).toMatch(/'nonce-/);
  expect(first).not.toBe(second);
});

test("CSP reports are accepted, malformed ones refused, and floods throttled", async ({ request }) => {
  const headers = { "content-type": "application/csp-report", "x-forwarded-for": "198.51.100.77" };
  const report = {
    "csp-report": {
      "document-uri": "http://127.0.0.1/downloads/",
      "violated-directive": "script-src",
      "blocked-uri": "inline",
    },
  };
  const ok = await request.post("/api/csp-report/", { headers, data: JSON.stringify(report) });
  expect(ok.status()).toBe(204);
  const bad = await request.post("/api/csp-report/", { headers, data: "{not json" });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("bad_request");

  let last: APIResponse | null = null;
  for (let i = 0; i < 70 && last?.status() !== 429; i++)
    last = await request.post("/api/csp-report/", { headers, data: JSON.stringify(report) });
  expect(last!.status()).toBe(429);
  expect(Number(last!.headers()["retry-after"])).toBeGreaterThan(0);
});
