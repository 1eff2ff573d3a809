import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";
import { linkIn, waitForMail } from "./support/mail";

// Sign-up, email confirmation and password reset, end to end. The app sends its mail over SMTP
// to the run's smtp-server sink, where the test reads the links.
// Each test hashes passwords (argon2id) several times and waits for mail: ~10-15 s alone, several
// times that on a busy two-core CI machine running two workers.
test.setTimeout(90_000);

async function signIn(page: Page, login: string, password: string) {
  await gotoHydrated(page, "/accounts/login/");
  await page.getByLabel("Username or email").fill(login);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("sign up, confirm the address, sign in", async ({ page }) => {
  const stamp = Date.now();
  const username = `newcomer${stamp}`;
  const email = `newcomer${stamp}@example.org`;
  const password = "a long passphrase for python dot org";

  await gotoHydrated(page, "/accounts/signup/");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("password1");
  await page.getByLabel("Password again").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password again").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Check your email", { timeout: 15_000 });

  // Not confirmed yet: the right password is not enough.
  await signIn(page, username, password);
  await expect(page.locator("form [role=alert]")).toContainText("Confirm your email address first");

  const verification = await waitForMail(email, 1);
  expect(verification.subject).toBe("Confirm your email address for python.org");
  await gotoHydrated(page, linkIn(verification.text));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status")).toContainText("Your email address is confirmed");
  // The link works once.
  await gotoHydrated(page, linkIn(verification.text));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("invalid, was already used or has expired");

  await signIn(page, email.toUpperCase(), password);
  await expect(page.getByTestId("signed-in-as")).toHaveText(username, { timeout: 15_000 });
});

test("a forgotten password is reset by mail, which signs out every other session", async ({
  page,
  browser,
}) => {
  const username = `forgetful${Date.now()}`;
  const email = `${username}@example.org`;
  await createUser(username, "the original long passphrase");
  await signInAs(page, username, "the original long passphrase");
  expect((await page.request.get("/api/me")).status()).toBe(200);

  // The same answer for a known and an unknown address (no account enumeration).
  const other = await browser.newPage();
  await gotoHydrated(other, "/accounts/password/reset/");
  await other.getByLabel("Email").fill(`nobody-${username}@example.org`);
  await other.getByRole("button", { name: "Send the link" }).click();
  const unknownAnswer = await other.getByRole("status").textContent();
  await gotoHydrated(other, "/accounts/password/reset/");
  await other.getByLabel("Email").fill(email);
  await other.getByRole("button", { name: "Send the link" }).click();
  expect(await other.getByRole("status").textContent()).toBe(unknownAnswer);

  const reset = await waitForMail(email, 1);
  expect(reset.subject).toBe("Reset your python.org password");
  await gotoHydrated(other, linkIn(reset.text));
  const newPassword = "another long passphrase, changed today";
  await other.getByLabel("New password", { exact: true }).fill(newPassword);
  await other.getByLabel("New password again").fill(newPassword);
  await other.getByRole("button", { name: "Set the new password" }).click();
  await expect(other.getByRole("status")).toContainText("Your password is changed");

  // The reset signed out the first browser's session (session version), and the new password works.
  expect((await page.request.get("/api/me")).status()).toBe(401);
  await signIn(other, username, newPassword);
  await expect(other.getByTestId("signed-in-as")).toHaveText(username, { timeout: 15_000 });
  await other.close();
});

test("without the site's script, a changed honeypot answers 400 and the same form untouched signs up", async ({
  browser,
}) => {
  // What a bot does: the browser posts the form itself (no Next-Action header). django-honeypot
  // answers 400 (§0.5); the page's own form, posted again untouched, is accepted.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const username = `nojs${Date.now()}`;
  const fillIn = async (trap: string) => {
    await page.goto("/accounts/signup/");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Email").fill(`${username}@example.org`);
    await page.getByLabel("Password", { exact: true }).fill("a long passphrase without scripts");
    await page.getByLabel("Password again").fill("a long passphrase without scripts");
    await page.locator("input[name=email_body_text]").evaluate((el: HTMLInputElement, v) => (el.value = v), trap);
    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Create account" }).click();
    return answer;
  };
  const refused = await fillIn("https://spam.example");
  expect(refused.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This form could not be accepted");
  const users = () =>
    withDb(async (c) => (await c.query("SELECT 1 FROM users_user WHERE username = $1", [username])).rowCount);
  expect(await users()).toBe(0);

  const accepted = await fillIn("write your message");
  expect(accepted.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("Check your email");
  expect(await users()).toBe(1);
  await context.close();
});

test("a changed honeypot (python.org's email_body_text) is refused and creates nothing", async ({ page }) => {
  const username = `bot${Date.now()}`;
  await gotoHydrated(page, "/accounts/signup/");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Email").fill(`${username}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("a long passphrase for bots");
  await page.getByLabel("Password again").fill("a long passphrase for bots");
  // People never see the field; a bot fills every field it finds.
  const trap = page.locator("input[name=email_body_text]");
  await expect(trap).toHaveValue("write your message");
  await trap.evaluate((el: HTMLInputElement) => (el.value = "https://spam.example"));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This form could not be accepted. Reload the page and send it again.",
  );
  // Nothing typed is lost (a person whose page was tampered with can send it again).
  await expect(page.getByLabel("Username")).toHaveValue(username);
  const count = await withDb(
    async (c) => (await c.query("SELECT 1 FROM users_user WHERE username = $1", [username])).rowCount,
  );
  expect(count).toBe(0);
});
