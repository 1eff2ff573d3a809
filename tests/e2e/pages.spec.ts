import { expect, test } from "@playwright/test";

test("a CMS page is served at its path with the site shell", async ({ page }) => {
  const res = await page.goto("/about/");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About Python");
  await expect(page).toHaveTitle(/About Python/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("a stored redirect wins before the page lookup", async ({ request }) => {
  const res = await request.get("/download/", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toBe("/downloads/");
});

test("an unknown path still answers 404", async ({ request }) => {
  expect((await request.get("/about/no-such-page/")).status()).toBe(404);
});

test("/box/<label>/ returns a box's rendered HTML, or 404", async ({ request }) => {
  const box = await request.get("/box/homepage-introduction/");
  expect(box.status()).toBe(200);
  expect(box.headers()["content-type"]).toContain("text/html");
  expect(await box.text()).toContain("Python is a programming language");
  expect((await request.get("/box/no-such-box/")).status()).toBe(404);
});
