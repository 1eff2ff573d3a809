import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated } from "./support/auth";
import { createUser, withDb } from "./support/db";

// Sign-in through GitHub and Google against oauth2-mock-server (tests/e2e/support/oauth-provider.ts),
// which grants the next identity queued here. One provider process serves the whole run, so these
// tests take turns.
test.describe.configure({ mode: "serial" });

const provider = `http://127.0.0.1:${process.env.E2E_OAUTH_PORT ?? 3130}`;
type Identity = { sub: string; login: string; name: string; email: string; emailVerified: boolean };

async function queueIdentity(identity: Identity) {
  const res = await fetch(`${provider}/__identity`, { method: "POST", body: JSON.stringify(identity) });
  expect(res.status).toBe(204);
}

async function continueWith(page: Page, name: "GitHub" | "Google", callbackUrl = "/") {
  await gotoHydrated(page, `/accounts/login/?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByRole("button", { name: `Continue with ${name}` }).click();
}

async function me(page: Page): Promise<string | null> {
  const res = await page.request.get("/api/me");
  return res.ok() ? ((await res.json()) as { username: string }).username : null;
}

const userRow = (username: string) =>
  withDb(async (c) => {
    const r = await c.query<{ id: number; password: string | null; email_verified: Date | null }>(
      "SELECT id, password, email_verified FROM users_user WHERE username = $1",
      [username],
    );
    return r.rows[0];
  });

const linkedAccounts = (userId: number) =>
  withDb(async (c) => {
    const r = await c.query<{ provider: string; provider_account_id: string }>(
      "SELECT provider, provider_account_id FROM users_account WHERE user_id = $1 ORDER BY provider",
      [userId],
    );
    return r.rows;
  });

test("a new GitHub user gets an account with their verified address and lands where they were going", async ({
  page,
}) => {
  const stamp = Date.now();
  const login = `octocat${stamp}`;
  await queueIdentity({
    sub: `${stamp}`,
    login,
    name: "Octo Cat",
    email: `${login}@example.org`,
    emailVerified: true,
  });
  await continueWith(page, "GitHub", "/users/api-keys/");
  await page.waitForURL("**/users/api-keys/");
  expect(await me(page)).toBe(login);

  const row = await userRow(login);
  expect(row?.password).toBeNull();
  expect(row?.email_verified).not.toBeNull();
  expect(await linkedAccounts(row!.id)).toEqual([{ provider: "github", provider_account_id: `${stamp}` }]);

  // Signing in again uses the link, not a second account.
  await page.context().clearCookies();
  await queueIdentity({
    sub: `${stamp}`,
    login,
    name: "Octo Cat",
    email: `${login}@example.org`,
    emailVerified: true,
  });
  await continueWith(page, "GitHub");
  await page.waitForURL((url) => url.pathname === "/");
  expect(await me(page)).toBe(login);
  const count = await withDb(
    async (c) => (await c.query("SELECT 1 FROM users_user WHERE username ILIKE $1", [`${login}%`])).rowCount,
  );
  expect(count).toBe(1);
});

test("Google links to the account with the same verified address", async ({ page }) => {
  const username = `gmailer${Date.now()}`;
  await createUser(username, "a long passphrase for the password user");
  await queueIdentity({
    sub: `google-${username}`,
    login: username,
    name: "G Mailer",
    email: `${username.toUpperCase()}@example.org`,
    emailVerified: true,
  });
  await continueWith(page, "Google");
  await page.waitForURL((url) => url.pathname === "/");
  expect(await me(page)).toBe(username);
  const row = await userRow(username);
  expect(row?.password).toMatch(/^\$argon2id\$/); // their password still works
  expect(await linkedAccounts(row!.id)).toEqual([
    { provider: "google", provider_account_id: `google-${username}` },
  ]);
});

test("an address the provider has not verified links nothing and creates nothing", async ({ page }) => {
  const username = `unverified${Date.now()}`;
  await createUser(username, "a long passphrase for the password user");
  await queueIdentity({
    sub: `google-${username}`,
    login: username,
    name: "Not Verified",
    email: `${username}@example.org`,
    emailVerified: false,
  });
  await continueWith(page, "Google");
  await page.waitForURL("**/accounts/login/?error=OAuthEmailUnverified");
  await expect(page.locator("form [role=alert]")).toContainText("no verified email address");
  expect(await me(page)).toBeNull();
  expect(await linkedAccounts((await userRow(username))!.id)).toEqual([]);
});

test("claiming an address that was never confirmed drops the password someone else may have set", async ({
  page,
}) => {
  const username = `squatted${Date.now()}`;
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user (username, email, password, email_verified, is_active, date_joined)
       VALUES ($1, $2, 'pbkdf2_sha256$1000000$salt$not-the-owners', NULL, true, now())`,
      [username, `${username}@example.org`],
    ),
  );
  await queueIdentity({
    sub: `gh-${username}`,
    login: `${username}-gh`,
    name: "Owner",
    email: `${username}@example.org`,
    emailVerified: true,
  });
  await continueWith(page, "GitHub");
  await page.waitForURL((url) => url.pathname === "/");
  expect(await me(page)).toBe(username);
  const row = await userRow(username);
  expect(row?.password).toBeNull();
  expect(row?.email_verified).not.toBeNull();
});

test("a disabled account cannot sign in through its linked provider", async ({ page }) => {
  const stamp = Date.now();
  const login = `disabled${stamp}`;
  const identity = { sub: `${stamp}`, login, name: "D", email: `${login}@example.org`, emailVerified: true };
  await queueIdentity(identity);
  await continueWith(page, "GitHub");
  await page.waitForURL((url) => url.pathname === "/");
  await withDb((c) => c.query("UPDATE users_user SET is_active = false WHERE username = $1", [login]));

  await page.context().clearCookies();
  await queueIdentity(identity);
  await continueWith(page, "GitHub");
  await page.waitForURL("**/accounts/login/?error=AccountDisabled");
  await expect(page.locator("form [role=alert]")).toContainText("This account is disabled");
  expect(await me(page)).toBeNull();
});
