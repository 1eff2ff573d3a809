import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

test("a public profile is visible to everyone", async ({ page }) => {
  const res = await page.goto("/users/alice/");
  expect(res?.status()).toBe(200);
  await expect(page.getByText("PSF Basic Member?")).toBeVisible();
  await expect(page.getByRole("link", { name: "Change password" })).toHaveCount(0);
});

test("a private profile is 404 for others and visible to its owner (with their links)", async ({ page }) => {
  const username = `private${Date.now()}`;
  const password = "a private person's passphrase";
  await createUser(username, password);
  await withDb((c) =>
    c.query("UPDATE users_user SET public_profile = false WHERE username = $1", [username]),
  );
  expect((await page.request.get(`/users/${username}/`)).status()).toBe(404);
  await signInAs(page, username, password);
  const res = await page.goto(`/users/${username}/`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Change password" })).toBeVisible();
});

test("an unknown user is 404", async ({ request }) => {
  expect((await request.get("/users/nobody-by-this-name-at-all/")).status()).toBe(404);
});
