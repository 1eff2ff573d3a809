import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { THEME_SCRIPT } from "../../lib/platform/cdn/csp.mjs";
import { signInAs } from "./support/auth";

// Issue 22, Build 1 and Build 5: public pages rendered once for everyone (static and ISR, CMS
// pages included) are cacheable by a CDN (shared Cache-Control, a Surrogate-Key), whoever else is
// signed in; and a clean view of a cached page sends no CSP report (its inline scripts are
// allowed by the hashes stored with the cache entry, lib/platform/cdn/csp.mjs). The paged events
// and jobs listings read no query string: next.config.mjs rewrites `?page=N` to `.../page/N/`, so
// they are cached pages too (/community/ still reads ?page= and is rendered per request).
const PUBLIC_PAGES = [
  "/",
  "/about/",
  "/about/apps/",
  "/about/help/",
  "/psf/",
  "/psf/about/",
  "/downloads/",
  "/downloads/release/python-3140/",
  "/doc/",
  "/doc/versions/",
  "/events/calendars/",
  "/events/",
  "/events/python-events/",
  "/events/python-events/past/",
  "/jobs/",
  "/jobs/location/telecommute/",
  "/jobs/type/teaching/",
  "/jobs/category/research/",
  "/jobs/location/berlin-germany/",
  "/blogs/",
  "/success-stories/",
];

function expectSharedCacheable(path: string, res: APIResponse) {
  const h = res.headers();
  expect([path, res.status()]).toEqual([path, 200]);
  const cc = h["cache-control"] ?? "";
  // A CDN may store it: no private/no-store/no-cache, and a shared lifetime.
  expect([path, /private|no-store|no-cache/.test(cc), /s-maxage=\d+|max-age=[1-9]/.test(cc)]).toEqual([
    path,
    false,
    true,
  ]);
  expect([path, h["surrogate-key"]?.split(" ")]).toEqual([path, expect.arrayContaining(["pydotorg-app"])]);
}

test("public pages, CMS pages included, answer a Cache-Control a CDN honours and a Surrogate-Key", async ({
  request,
}) => {
  for (const path of PUBLIC_PAGES) {
    await request.get(path); // the render that fills the cache
    const res = await request.get(path);
    expectSharedCacheable(path, res);
    // Served from the cache (STALE: served, and regenerated behind it).
    expect([path, ["HIT", "STALE"].includes(res.headers()["x-nextjs-cache"] ?? "")]).toEqual([path, true]);
  }
});

test("an event's page is a cached page too (nothing on it depends on the visitor)", async ({ request }) => {
  const listing = await (await request.get("/events/python-events/")).text();
  const path = /href="(\/events\/python-events\/\d+\/)"/.exec(listing)?.[1];
  expect(path, "the calendar links an event").toBeTruthy();
  await request.get(path!);
  const res = await request.get(path!);
  expectSharedCacheable(path!, res);
  expect([path, ["HIT", "STALE"].includes(res.headers()["x-nextjs-cache"] ?? "")]).toEqual([path, true]);
});

test("?page=N of the events and jobs listings is the cached page N, and a bad events page is 404", async ({
  request,
}) => {
  const listing = (html: string) =>
    [...html.matchAll(/href="(\/(?:events\/[\w-]+|jobs)\/\d+\/)"/g)].map((m) => m[1]).join(" ");
  for (const path of [
    "/events/",
    "/events/python-events/",
    "/events/python-events/past/",
    "/jobs/",
    "/jobs/location/telecommute/",
    "/jobs/type/teaching/",
  ]) {
    const plain = await (await request.get(path)).text();
    await request.get(`${path}?page=1`); // the render that fills the cache
    const res = await request.get(`${path}?page=1`);
    expectSharedCacheable(`${path}?page=1`, res);
    expect([path, ["HIT", "STALE"].includes(res.headers()["x-nextjs-cache"] ?? "")]).toEqual([path, true]);
    // The same listing as the page without ?page=, items and order.
    const items = listing(plain);
    expect([path, items.length > 0, listing(await res.text())]).toEqual([path, true, items]);
  }
  for (const path of [
    "/events/?page=abc",
    "/events/?page=0",
    "/events/?page=9999",
    "/events/python-events/past/?page=x",
  ])
    expect({ path, status: (await request.get(path)).status() }).toEqual({ path, status: 404 });
  // Django's job list treats a page that is no number as the first.
  expect((await request.get("/jobs/?page=abc")).status()).toBe(200);
});

test("a signed-in visitor elsewhere does not make the public copy uncacheable or personal", async ({
  browser,
  request,
}) => {
  const page = await browser.newPage();
  await signInAs(page, "alice");
  for (const path of ["/about/", "/psf/", "/downloads/"]) {
    const signedIn = await page.request.get(path);
    expect(signedIn.status()).toBe(200);
    // The header's account menu comes from /api/me in the browser: the cached HTML names nobody.
    expect([path, (await signedIn.text()).includes("alice")]).toEqual([path, false]);
    expectSharedCacheable(path, await request.get(path));
  }
  await page.close();
});

/** The CSP reports a page posts, and the violations its document saw (since the last navigation). */
async function watchCsp(page: Page) {
  const reports: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/csp-report/")) reports.push(`${r.method()} ${r.url()} ${r.postData() ?? ""}`);
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      ),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { reports, violations };
}

test("a clean view of cached pages sends zero CSP reports and violates nothing", async ({
  browser,
  request,
}) => {
  const paths = [
    "/",
    "/about/",
    "/psf/",
    "/downloads/",
    "/downloads/release/python-3140/",
    "/blogs/",
    "/search/?q=python",
  ];
  for (const path of paths) await request.get(path); // cached before the views
  const page = await browser.newPage();
  const { reports, violations } = await watchCsp(page);
  for (const path of paths) {
    const res = await page.goto(path, { waitUntil: "networkidle" });
    expect(res?.status()).toBe(200);
    const csp = (await res!.headersArray())
      .filter((h) => h.name.toLowerCase() === "content-security-policy")
      .map((h) => h.value)
      .join("; ");
    // Enforced, with hashes: not 'unsafe-inline'.
    expect([
      path,
      /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/.test(csp),
      csp.includes("'unsafe-inline' "),
    ]).toEqual([path, true, false]);
    expect([path, await violations()]).toEqual([path, []]);
  }
  await page.waitForTimeout(500);
  expect(reports).toEqual([]);
  await page.close();
});

// Pages rendered for one request (they read the query string or the visitor's cookie) cannot carry
// hashes stored with a cache entry: each gets a fresh nonce (lib/platform/http/request-guard.ts),
// put by Next on every script of that render and enforced with 'strict-dynamic'.
test("a clean view of pages rendered per request enforces their nonce and sends zero CSP reports", async ({
  browser,
}) => {
  const page = await browser.newPage();
  const { reports, violations } = await watchCsp(page);
  const seen = new Set<string>();
  for (const [path, status] of [
    ["/search/", 200],
    ["/community/", 200],
    ["/events/python-events/categories/", 200],
    ["/sponsors/application/", 200],
    // A job's page with a session cookie is this route (next.config.mjs); /jobs/<pk>/ is cached.
    ["/jobs/999999999/_viewer/", 404],
  ] as const) {
    // The header's session check is the page's own script running: the page hydrated.
    const session = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/session");
    const res = await page.goto(path, { waitUntil: "networkidle" });
    expect([path, res?.status()]).toEqual([path, status]);
    await session;
    expect([path, res!.headers()["cache-control"]]).toEqual([path, expect.stringContaining("no-store")]);
    const enforced = (await res!.headersArray())
      .filter((h) => h.name.toLowerCase() === "content-security-policy")
      .map((h) => h.value)
      .join("; ");
    const nonce = /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(enforced)?.[1];
    expect([path, nonce !== undefined, enforced.includes("'strict-dynamic'")]).toEqual([path, true, true]);
    expect(seen.has(nonce!)).toBe(false);
    seen.add(nonce!);
    expect([path, res!.headers()["content-security-policy-report-only"]]).toEqual([
      path,
      expect.not.stringContaining("script-src"),
    ]);
    // Every script of the HTML carries this response's nonce, but for our theme bootstrap (allowed
    // by its hash in every policy); the chunks those scripts load are trusted by 'strict-dynamic'.
    const tags = [...(await res!.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    const unnonced = tags.filter(
      ([, attrs, body]) => body !== THEME_SCRIPT && !attrs!.includes(`nonce="${nonce}"`),
    );
    expect([path, tags.length > 1, unnonced.map(([tag]) => tag.slice(0, 120))]).toEqual([path, true, []]);
    expect([path, await violations()]).toEqual([path, []]);
  }
  await page.waitForTimeout(500);
  expect(reports).toEqual([]);
  await page.close();
});

// The ETag of a cached page is computed once, when its entry is stored (Next's hashing of every
// response is off with the Redis handler), and a conditional request gets an empty 304.
test("a cached page keeps one ETag across hits and answers If-None-Match with 304", async ({ request }) => {
  for (const path of ["/about/", "/downloads/"]) {
    await request.get(path); // cached
    const first = await request.get(path);
    const second = await request.get(path);
    const etag = first.headers()["etag"];
    expect([path, etag]).toEqual([path, expect.stringMatching(/^W\/"[A-Za-z0-9_-]{27}"$/)]);
    expect([path, second.headers()["etag"]]).toEqual([path, etag]);
    const conditional = await request.get(path, { headers: { "if-none-match": etag! } });
    expect([path, conditional.status(), (await conditional.body()).length]).toEqual([path, 304, 0]);
    const changed = await request.get(path, { headers: { "if-none-match": 'W/"something-else"' } });
    expect([path, changed.status()]).toEqual([path, 200]);
  }
});
