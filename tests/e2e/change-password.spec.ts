import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser } from "./support/db";

test("changing the password needs the current one and signs every session out (AC-SESS-5, AC-SESS-2)", async ({
  page,
  browser,
}) => {
  const username = `changer${Date.now()}`;
  const oldPassword = "the old passphrase of this account";
  const newPassword = "the new passphrase of this account";
  await createUser(username, oldPassword);
  await signInAs(page, username, oldPassword);
  const elsewhere = await browser.newPage();
  await signInAs(elsewhere, username, oldPassword);
  expect((await elsewhere.request.get("/api/me")).status()).toBe(200);

  await gotoHydrated(page, "/accounts/password/change/");
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible({ timeout: 15_000 });

  await page.getByLabel("Current password").fill(oldPassword);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed", { timeout: 15_000 });

  expect((await elsewhere.request.get("/api/me")).status()).toBe(401);
  expect((await page.request.get("/api/me")).status()).toBe(401);
  await elsewhere.close();
  await signInAs(page, username, newPassword);
  expect((await page.request.get("/api/me")).status()).toBe(200);
});

test("visitors are sent to sign in before changing a password", async ({ page }) => {
  await page.goto("/accounts/password/change/");
  await expect(page).toHaveURL(/\/accounts\/login\/\?callbackUrl=%2Faccounts%2Fpassword%2Fchange%2F/);
});

test("a session gets five tries at the current password a minute, then waits (allauth's 5/m/user)", async ({
  page,
}) => {
  const username = `guesser${Date.now()}`;
  const password = "the real passphrase of this account";
  await createUser(username, password);
  await signInAs(page, username, password);
  await gotoHydrated(page, "/accounts/password/change/");
  const attempt = async (current: string) => {
    await page.getByLabel("Current password").fill(current);
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase here");
    await page.getByLabel("New password again").fill("a brand new passphrase here");
    await page.getByRole("button", { name: "Change password" }).click();
  };
  for (let i = 1; i <= 5; i++) {
    await attempt(`guess number ${i}`);
    await expect(page.getByText("That is not your current password.")).toBeVisible({ timeout: 15_000 });
    await gotoHydrated(page, "/accounts/password/change/");
  }
  // Even the right password is not checked now.
  await attempt(password);
  await expect(page.getByText("Too many attempts. Wait a minute and try again.")).toBeVisible({
    timeout: 15_000,
  });
  expect((await page.request.get("/api/me")).status()).toBe(200);
});
