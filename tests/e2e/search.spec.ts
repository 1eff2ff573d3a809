import { expect, test } from "@playwright/test";
import { withDb } from "./support/db";

test("searching the seed shows ranked results with highlighted snippets and counts per type", async ({
  page,
}) => {
  // The shortcut listens once the page is hydrated; the header's /api/me call marks that moment.
  const hydrated = page.waitForResponse((r) => r.url().includes("/api/session"));
  await page.goto("/");
  await hydrated;
  await page.keyboard.press("/");
  const box = page.locator("#site-search");
  await expect(box).toBeFocused();
  await box.fill("Software Foundation");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Software\+Foundation/);
  const results = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  // The page titled with both words ranks first.
  await expect(results.first().getByRole("heading")).toHaveText("Python Software Foundation");
  await expect(results.first().locator("mark").first()).toHaveText(/Software|Foundation/);
  const facets = page.getByRole("navigation", { name: "Filter by type" });
  await expect(facets.getByRole("link", { name: /^All\s*\d+$/ })).toBeVisible();
  await facets.getByRole("link", { name: /^Pages\s*\d+$/ }).click();
  await expect(page).toHaveURL(/type=page/);
  await expect(page).toHaveURL(/q=Software\+Foundation/);
  await expect(page.getByRole("status")).toContainText("result");
  await expect(results.locator(".badge").first()).toHaveText("Pages");
});

test("a common word spreads over several content types, each with its count", async ({ page }) => {
  await page.goto("/search/?q=python");
  const facets = page.getByRole("navigation", { name: "Filter by type" });
  for (const label of ["Pages", "Releases", "Events", "Jobs", "Success stories"])
    await expect(facets.getByRole("link", { name: new RegExp(`^${label}\\s*\\d+$`) })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pagination" })).toBeVisible();
});

test("the / shortcut does not steal keys while typing in a field", async ({ page }) => {
  const hydrated = page.waitForResponse((r) => r.url().includes("/api/session"));
  await page.goto("/search/");
  await hydrated;
  await expect(page.getByText("Enter a word or two to search.")).toBeVisible();
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
  const body = "This page quotes <script>alert(1)</script> as text.";
  const pageId = await withDb(async (c) => {
    const row = await c.query<{ id: number }>(
      `INSERT INTO pages_page (title, path, content, _content_rendered, is_published, keywords, description, content_type, template_name, created, updated)
       VALUES ($2, $1, 'x', '<p>This page quotes &lt;script&gt;alert(1)&lt;/script&gt; as text.</p>', true, '', '', 'text/html', '', now(), now())
       RETURNING id`,
      [path, title],
    );
    const id = String(row.rows[0]!.id);
    // Index it the way the search backend does (lib/platform/search/postgres.ts valuesRow).
    await c.query(
      `INSERT INTO search_document (type, object_id, title, body, url, boost, updated_at, tsv)
       VALUES ('page', $1, $4, $2, $3, 1, now(),
         setweight(to_tsvector('english', replace($4, '<', '<' || chr(1))), 'A') ||
         setweight(to_tsvector('english', replace($2, '<', '<' || chr(1))), 'B'))`,
      [id, body, `/${path}/`, title],
    );
    return id;
  });
  try {
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`/search/?q=alert+${stamp}`);
    const hit = page.getByRole("listitem").filter({ hasText: title });
    await expect(hit).toContainText("<script>alert(1)</script>");
    await expect(hit.locator("mark")).toHaveText("alert");
    await expect(hit.locator("script")).toHaveCount(0);
    expect(dialogs).toBe(0);
    const api = (await (await request.get(`/api/search/?q=alert+${stamp}`)).json()) as {
      results: { title: string; snippet_html: string }[];
    };
    const snippet = api.results.find((r) => r.title === title)?.snippet_html;
    expect(snippet).toContain("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;");
  } finally {
    await withDb(async (c) => {
      await c.query("DELETE FROM search_document WHERE type = 'page' AND object_id = $1", [pageId]);
      await c.query("DELETE FROM pages_page WHERE id = $1", [pageId]);
    });
  }
});
