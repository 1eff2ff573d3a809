import { expect, test } from "@playwright/test";
import { withDb } from "./support/db";

test("searching the seed shows ranked results with highlighted snippets and counts per type", async ({
  page,
}) => {
  // The shortcut listens once the page is hydrated; the header's /api/me call marks that moment.
  const hydrated = page.waitForResponse((r) => r.url().includes("/api/me"));
  await page.goto("/");
  await hydrated;
  await page.keyboard.press("/");
  const box = page.locator("#site-search");
  await expect(box).toBeFocused();
  await box.fill("Software Foundation");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Software\+Foundation/);
  const results = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  await expect(results.first().getByRole("heading")).toHaveText("About the PSF");
  await expect(results.first().locator("mark").first()).toHaveText(/Software|Foundation/);
  const facets = page.getByRole("navigation", { name: "Filter by type" });
  await expect(facets.getByRole("link", { name: /^All/ })).toBeVisible();
  await facets.getByRole("link", { name: /^Pages/ }).click();
  await expect(page).toHaveURL(/type=page/);
  await expect(page.getByRole("status")).toContainText("result");
});

test("the / shortcut does not steal keys while typing in a field", async ({ page }) => {
  await page.goto("/search/");
  const field = page.getByLabel("Search terms");
  await field.click();
  await page.keyboard.type("a/b");
  await expect(field).toHaveValue("a/b");
  await expect(page.locator("#site-search")).not.toBeFocused();
});

test("bad search parameters get a message, not an error page", async ({ page }) => {
  const res = await page.goto("/search/?q=python&page=999");
  expect(res?.status()).toBe(200);
  await expect(page.getByText("Results stop at page 50.")).toBeVisible();
});

test("text containing a script tag is shown as text and never runs (AC-XSS-2)", async ({ page, request }) => {
  const stamp = Date.now();
  const path = `e2e-xss-${stamp}`;
  const title = `Escaping check ${stamp}`;
  await withDb(async (c) => {
    const page = await c.query<{ id: number }>(
      `INSERT INTO pages_page (title, path, content, _content_rendered, is_published, keywords, description, content_type, template_name, created, updated)
       VALUES ($2, $1, 'x', '<p>This page quotes &lt;script&gt;alert(1)&lt;/script&gt; as text.</p>', true, '', '', 'text/html', '', now(), now())
       RETURNING id`,
      [path, title],
    );
    // Index it the way the search backend does (lib/search/postgres.ts upsertSql).
    await c.query(
      `INSERT INTO search_document (type, object_id, title, body, url, boost, updated_at, tsv)
       VALUES ('page', $1, $4, $2, $3, 1, now(),
         setweight(to_tsvector('english', $4), 'A') ||
         setweight(to_tsvector('english', replace($2, '<', '<' || chr(1))), 'B'))`,
      [String(page.rows[0]!.id), "This page quotes <script>alert(1)</script> as text.", `/${path}/`, title],
    );
  });
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto("/search/?q=alert");
  const hit = page.getByRole("listitem").filter({ hasText: title });
  await expect(hit).toContainText("<script>alert(1)</script>");
  await expect(hit.locator("mark")).toHaveText("alert");
  await expect(hit.locator("script")).toHaveCount(0);
  expect(dialogs).toBe(0);
  const api = (await (await request.get("/api/search/?q=alert")).json()) as {
    results: { snippet_html: string }[];
  };
  expect(api.results.some((r) => r.snippet_html.includes("&lt;script&gt;<mark>alert</mark>"))).toBe(true);
});
