import { expect, test } from "@playwright/test";

test("an unknown path gets the 404 page with a way forward", async ({ page }) => {
  const response = await page.goto("/no/such/page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Try using the search box")).toBeVisible();
  await expect(page.getByRole("link", { name: "Python downloads" })).toHaveAttribute("href", "/downloads/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("/api/health/ reports every dependency and answers 200 when the required ones are up", async ({
  request,
}) => {
  const res = await request.get("/api/health/");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(Object.keys(body.checks).sort()).toEqual(["cache", "database", "jobs", "mail", "search"]);
  expect(body.checks.database).toMatchObject({ status: "up", required: true });
  expect(JSON.stringify(body)).not.toContain("postgresql://");
});
