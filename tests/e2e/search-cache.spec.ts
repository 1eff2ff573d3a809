import { expect, test, type APIResponse } from "@playwright/test";
import { createApiKeyFor } from "./support/db";

// Issue 22: /search/?q=… is the same for every visitor, so next.config.mjs rewrites it to a
// route read from no query string, cached per normalized query (lib/site/search/loaders.ts),
// with the headers a CDN caches by; an index write revalidates the search tag.
const ip = (n: number) => ({ "x-forwarded-for": `198.51.100.${200 + n}` });

function expectCachedSearch(path: string, res: APIResponse) {
  const h = res.headers();
  expect([path, res.status()]).toEqual([path, 200]);
  expect([path, ["HIT", "STALE"].includes(h["x-nextjs-cache"] ?? "")]).toEqual([path, true]);
  const cc = h["cache-control"] ?? "";
  expect([path, /private|no-store|no-cache/.test(cc), /s-maxage=\d+/.test(cc)]).toEqual([path, false, true]);
  expect([path, h["surrogate-key"]?.split(" ")]).toEqual([
    path,
    expect.arrayContaining(["pydotorg-app", "search"]),
  ]);
}

test("a search is served from the cache per query, type and page, with CDN headers", async ({ request }) => {
  for (const path of ["/search/?q=python", "/search/?q=python&page=2", "/search/?q=python&type=release"]) {
    await request.get(path); // the render that fills the cache
    const res = await request.get(path);
    expectCachedSearch(path, res);
    const html = await res.text();
    expect([path, html.includes("Results for “python”")]).toEqual([path, true]);
    if (path.includes("page=2")) expect(html).toMatch(/Page (<!-- -->)?2(<!-- -->)? of/);
  }
  // ?page=1 is the same entry as no page.
  expectCachedSearch("/search/?q=python&page=1", await request.get("/search/?q=python&page=1"));
});

test("spacing variants redirect to the normalized query; what the rewrite cannot carry renders per request", async ({
  request,
}) => {
  const variant = await request.get("/search/?q=%20python%20%20%20docs%20", { maxRedirects: 0 });
  expect(variant.status()).toBe(307);
  expect(variant.headers()["location"]).toBe("/search/?q=python+docs");
  for (const path of ["/search/?q=python&per_page=5", "/search/?q=c%2Fc%2B%2B", "/search/?q=100%25"]) {
    const res = await request.get(path);
    expect([path, res.status(), res.headers()["cache-control"]]).toEqual([
      path,
      200,
      expect.stringContaining("no-store"),
    ]);
  }
  expect((await request.get("/search/?q=python&page=999")).status()).toBe(200);
  // The cached route itself answers only the normalized form the rewrite makes.
  expect((await request.get("/search/_q/%20python/_/1/")).status()).toBe(404);
});

test("an index write shows in the next searches: cached page and API", async ({ request }) => {
  const name = `Python 3.5.${800 + Math.floor(Math.random() * 99)}`;
  const page = `/search/?q=${encodeURIComponent(name).replace(/%20/g, "+")}&type=release`;
  const api = `/api/search/?q=${encodeURIComponent(name)}&type=release`;
  const titles = async () =>
    (
      (await (await request.get(api, { headers: ip(1) })).json()) as { results: { title: string }[] }
    ).results.map((r) => r.title);
  await request.get(page);
  const before = await request.get(page);
  expectCachedSearch(page, before);
  // The page names the query in its heading and form; a result is a link titled with the name.
  const listsIt = (html: string) => html.includes(`>${name}</a>`);
  expect(listsIt(await before.text())).toBe(false);
  expect(await titles()).not.toContain(name);

  const staff = { ...ip(2), authorization: `Token ${await createApiKeyFor("staff", "v2_token")}` };
  const created = await request.post("/api/v2/downloads/release/", {
    headers: staff,
    data: { name, version: 3, is_published: true, release_date: new Date().toISOString() },
  });
  expect(created.status()).toBe(201);
  try {
    // The index write marks the tag stale: one more stale answer may be served while it regenerates.
    await expect.poll(async () => listsIt(await (await request.get(page)).text())).toBe(true);
    await expect.poll(async () => (await titles()).includes(name)).toBe(true);
  } finally {
    const path = new URL(((await created.json()) as { resource_uri: string }).resource_uri).pathname;
    expect((await request.delete(path, { headers: staff })).status()).toBe(204);
  }
});
