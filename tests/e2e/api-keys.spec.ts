import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

test("a user creates an API key, uses it, and revokes it", async ({ page, request }) => {
  await signInAs(page, "bob");
  await gotoHydrated(page, "/users/api-keys/");
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();

  // A refused form keeps the chosen type.
  await page.getByLabel("Type").selectOption("v1_apikey");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("Give the key a name")).toBeVisible();
  await expect(page.getByLabel("Type")).toHaveValue("v1_apikey");
  await page.getByLabel("Type").selectOption("v2_token");

  const name = `release script ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^[0-9a-f]{40}$/);
  await expect(page.getByRole("table", { name: "Your API keys" })).toContainText(name);

  // Authenticated as bob (not staff): a write is 403, not 401.
  const headers = { authorization: `Token ${key}`, "x-forwarded-for": "198.51.100.40" };
  expect((await request.post("/api/v2/downloads/os/", { headers, data: { name: "x" } })).status()).toBe(403);

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("cell", { name, exact: true })).toHaveCount(0);
  expect((await request.get("/api/v2/downloads/os/", { headers })).status()).toBe(401);
});

test("visitors are sent to sign in before seeing API keys", async ({ page }) => {
  await gotoHydrated(page, "/users/api-keys/");
  await expect(page).toHaveURL(/\/accounts\/login\/\?callbackUrl=/);
});
