import { expect, test } from "@playwright/test";

// Issue #21: /sitemap.xml lists every public section and page, and every URL in it answers 200.
test("the sitemap lists the menus' pages and every searchable object, and each URL answers 200", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("xml");
  const xml = await res.text();
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(new Set(paths).size).toBe(paths.length);
  // A section landing from the menus, a CMS page, a release page, a PSF page.
  expect(paths).toEqual(expect.arrayContaining(["/", "/downloads/", "/about/apps/", "/psf/grants/"]));
  expect(paths.some((p) => /^\/downloads\/release\/python-\d+\/$/.test(p))).toBe(true);
  // Nothing private: no admin, accounts or per-person pages.
  expect(paths.filter((p) => /^\/(admin|accounts|users)\//.test(p))).toEqual([]);

  const failures: string[] = [];
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        const status = (await request.get(p, { maxRedirects: 0 })).status();
        if (status !== 200) failures.push(`${p} → ${status}`);
      }
    }),
  );
  expect(failures).toEqual([]);
});
