import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";
import { linkIn, waitForMail } from "./support/mail";

// /users/edit/ (names and privacy), /accounts/email/ (AC-SESS-5, link to the new address) and
// account deletion, as their owner uses them in the browser.
const password = "the settings owner's long passphrase";

test("edit the profile: bad input keeps what was typed; a private profile disappears for others", async ({
  page,
  browser,
}) => {
  const username = `editor${Date.now()}`;
  await createUser(username, password);
  await signInAs(page, username, password);
  await gotoHydrated(page, "/users/edit/");
  await page.getByLabel("First name").fill("x".repeat(151));
  await page.getByLabel("Last name").fill("Lovelace");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Use at most 150 characters.")).toBeVisible();
  await expect(page.getByLabel("Last name")).toHaveValue("Lovelace");

  await page.getByLabel("First name").fill("Ada");
  await page.getByLabel("Show my profile page to others").uncheck();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your profile is saved" })).toBeVisible();

  // The owner still sees it; a visitor gets a 404.
  await page.goto(`/users/${username}/`);
  await expect(page.getByRole("heading", { name: "Ada Lovelace" })).toBeVisible();
  const visitor = await browser.newPage();
  expect((await visitor.request.get(`/users/${username}/`)).status()).toBe(404);
  await visitor.close();
});

test("change the email address: the current password first, then the link sent to the new one", async ({
  page,
}) => {
  const username = `mover${Date.now()}`;
  const newEmail = `${username}.new@example.org`;
  await createUser(username, password);
  await signInAs(page, username, password);
  await gotoHydrated(page, "/accounts/email/");
  await page.getByLabel("New email address").fill(newEmail);
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByRole("button", { name: "Change email address" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await expect(page.getByLabel("New email address")).toHaveValue(newEmail);
  await expect(page.getByLabel("Current password")).toHaveValue("");

  await page.getByLabel("Current password").fill(password);
  await page.getByRole("button", { name: "Change email address" }).click();
  await expect(page.getByRole("status")).toContainText(`We sent a confirmation link to ${newEmail}`);
  const mail = await waitForMail(newEmail);
  expect(mail.subject).toBe("Confirm your new email address for python.org");
  const emailNow = () =>
    withDb(
      async (c) =>
        (await c.query("SELECT email FROM users_user WHERE username = $1", [username])).rows[0].email,
    );
  expect(await emailNow()).toBe(`${username}@example.org`);

  await gotoHydrated(page, linkIn(mail.text));
  await page.getByRole("button", { name: "Use this email address" }).click();
  await expect(page.getByRole("status")).toContainText("Your new email address is confirmed");
  expect(await emailNow()).toBe(newEmail);
});

test("delete the account: wrong password refused, then confirmed twice; the session ends", async ({
  page,
}) => {
  const username = `leaver${Date.now()}`;
  await createUser(username, password);
  await signInAs(page, username, password);
  await gotoHydrated(page, "/users/edit/");
  const section = page.locator("form").filter({ hasText: "Deleting your account cannot be undone" });
  await section.getByLabel("Current password").fill("wrong password here");
  await section.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText("That does not confirm it")).toBeVisible();

  await section.getByLabel("Current password").fill(password);
  await section.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Keep my account" }).click();
  const count = () =>
    withDb(async (c) => (await c.query("SELECT 1 FROM users_user WHERE username = $1", [username])).rowCount);
  expect(await count()).toBe(1);
  await section.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, delete it" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await count()).toBe(0);
  expect((await page.request.get("/api/me")).status()).toBe(401);
});
