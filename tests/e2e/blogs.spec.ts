import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// Issue #16 (§2.5, §4.2): /blogs/ as BlogHome, and the admin's feeds with "sync now".
test("/blogs/ shows the newest post with its excerpt, the next five and the boxes", async ({ page }) => {
  expect((await page.goto("/blogs/"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Python Insider" })).toBeVisible();
  const newest = await withDb(
    async (c) =>
      (await c.query<{ title: string; url: string }>("SELECT title, url FROM blogs_blogentry ORDER BY pub_date DESC, id DESC LIMIT 1"))
        .rows[0]!,
  );
  const latest = page.getByRole("article").filter({ has: page.locator("#blogs-latest") });
  await expect(page.locator("#blogs-latest")).toHaveText(newest.title, { timeout: 15_000 });
  await expect(latest.getByRole("link", { name: /Read more/ })).toHaveAttribute("href", newest.url);
  // The excerpt is the summary's text, never its markup.
  await expect(latest.locator("p").nth(1)).not.toContainText("<");
  await expect(page.getByRole("region", { name: "More from the blog" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.locator('[data-box="blogs-subscriptions"]')).toBeVisible();
  await expect(page.locator('[data-box="blogs-copyright"]')).toBeVisible();
});

test("staff see each feed's state and start a sync; a feed that cannot be read is recorded", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "staff");
  await gotoHydrated(page, "/admin/blogs/");
  const row = page.getByRole("row").filter({ hasText: "Python Insider" });
  await expect(row).toBeVisible();
  await page.getByRole("button", { name: "Sync new blog entries" }).click();
  await expect(page.getByText("Sync started")).toBeVisible({ timeout: 15_000 });
  // The test machine reaches no outside host: the run records the failure on the feed (or, online, imports it).
  await expect(async () => {
    await page.reload();
    const cells = page.getByRole("row").filter({ hasText: "Python Insider" }).getByRole("cell");
    const [lastImport, lastError] = [await cells.nth(3).innerText(), await cells.nth(4).innerText()];
    expect(lastImport !== "never" || lastError !== "none").toBe(true);
  }).toPass({ timeout: 45_000 });
});
