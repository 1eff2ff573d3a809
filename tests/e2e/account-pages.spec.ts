import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";
import { linkIn, mailTo, waitForMail } from "./support/mail";

// Issue #19's account pages: a first password for an OAuth-only account, the keyless
// confirm-email page, reauthenticating after the 12-hour window, username and bio on the
// profile, and leaving the PSF from the membership delete page.
const PASSWORD = "a long passphrase for account pages";
const stamp = () => `${Date.now() % 100_000_000}${Math.floor(Math.random() * 100)}`;

async function freshUser(page: Page, prefix: string) {
  const username = `${prefix}${stamp()}`;
  await createUser(username, PASSWORD);
  await signInAs(page, username, PASSWORD);
  return username;
}

const sql = <T extends Record<string, unknown>>(text: string, params: unknown[]) =>
  withDb(async (c) => (await c.query<T>(text, params)).rows);

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an account without a password (OAuth sign-up) sets one from its profile, then signs in with it", async ({
  page,
  browser,
}) => {
  const username = await freshUser(page, "oauthonly");
  // What an OAuth-only sign-up looks like: no password at all.
  await sql("UPDATE users_user SET password = NULL WHERE username = $1", [username]);
  await gotoHydrated(page, "/users/edit/");
  await expect(page.getByRole("link", { name: "Change your password" })).toHaveCount(0);
  await page.getByRole("link", { name: "Set a password" }).click();
  await expect(page).toHaveURL(/\/accounts\/password\/set\/$/);
  // The change page sends such an account here too.
  expect(
    (await page.request.get("/accounts/password/change/", { maxRedirects: 0 })).headers()["location"],
  ).toBe("/accounts/password/set/");
  await gotoHydrated(page, "/accounts/password/set/");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password again").fill("short");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  const chosen = `${PASSWORD} of my own`;
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password is set.");
  // The session goes on; the password now works for a sign-in, and the set page sends to change.
  expect((await page.request.get("/api/me")).status()).toBe(200);
  const other = await browser.newPage();
  await signInAs(other, username, chosen);
  expect(((await (await other.request.get("/api/me")).json()) as { username: string }).username).toBe(
    username,
  );
  const again = await other.request.get("/accounts/password/set/", { maxRedirects: 0 });
  expect([again.status(), again.headers()["location"]]).toEqual([307, "/accounts/password/change/"]);
  await other.close();
});

test("an unconfirmed address gets its confirmation link again, once in a while; a confirmed one is told it is done", async ({
  page,
}) => {
  const username = await freshUser(page, "resend");
  await sql("UPDATE users_user SET email_verified = NULL WHERE username = $1", [username]);
  await gotoHydrated(page, "/users/edit/");
  await page.getByRole("link", { name: "Confirm your email address" }).click();
  await expect(page).toHaveURL(/\/accounts\/confirm-email\/$/);
  await expect(page.getByText(`${username}@example.org`)).toBeVisible();
  await page.getByRole("button", { name: "Send the confirmation link again" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("We sent a new confirmation link");
  const mail = await waitForMail(`${username}@example.org`);
  const path = linkIn(mail.text);
  expect(path).toMatch(/^\/accounts\/confirm-email\/[\w-]{20,}\/$/);
  // Asking again at once is refused with a message, and sends nothing.
  await gotoHydrated(page, "/accounts/confirm-email/");
  await page.getByRole("button", { name: "Send the confirmation link again" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Wait a few minutes");
  expect(await mailTo(`${username}@example.org`)).toHaveLength(1);
  // The link confirms the address; the page then says there is nothing left to do.
  await gotoHydrated(page, path);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your email address is confirmed.");
  await gotoHydrated(page, "/accounts/confirm-email/");
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "is confirmed: there is nothing left to do",
  );
  await expect(page.getByRole("button", { name: "Send the confirmation link again" })).toHaveCount(0);
});

test("after 12 hours the admin asks for the password only, then returns to the page it was asked from", async ({
  browser,
  baseURL,
}) => {
  const { encode } = await import("next-auth/jwt");
  const [staff] = await sql<{ id: number; v: number }>(
    "SELECT id, session_version AS v FROM users_user WHERE username = 'staff'",
    [],
  );
  const token = await encode({
    token: {
      uid: staff!.id,
      ver: staff!.v,
      name: "staff",
      authAt: Math.floor(Date.now() / 1000) - 13 * 3600,
    },
    secret: process.env.AUTH_SECRET!,
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: "next-auth.session-token", value: token, url: baseURL! }]);
  const page = await context.newPage();
  const hop = await page.request.get("/admin/users/", { maxRedirects: 0 });
  expect([hop.status(), hop.headers()["location"]]).toEqual([
    307,
    "/accounts/reauthenticate/?next=%2Fadmin%2Fusers%2F",
  ]);
  await gotoHydrated(page, "/admin/users/");
  await expect(page).toHaveURL(/\/accounts\/reauthenticate\/\?next=/);
  await expect(page.getByRole("heading", { name: "Confirm it is you" })).toBeVisible();
  await expect(page.getByLabel("Username or email")).toHaveCount(0);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That is not your password.");
  await page.getByLabel("Password").fill(process.env.SEED_PASSWORD!);
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users\/$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect((await page.request.get("/admin/users/", { maxRedirects: 0 })).status()).toBe(200);
  // `next` stays on this site: another origin falls back to the home page.
  await gotoHydrated(page, "/accounts/reauthenticate/?next=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("Password").fill(process.env.SEED_PASSWORD!);
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/$`), { timeout: 15_000 });
  await context.close();
});

test("a new username and a Markdown bio show on the profile at its new address; a taken name is refused", async ({
  page,
}) => {
  const username = await freshUser(page, "renamer");
  const renamed = `Renamed.${username}`;
  await gotoHydrated(page, "/users/edit/");
  await page.getByLabel("Username").fill("BOB");
  await page.getByLabel("About you").fill("I maintain **three** packages.\n\n<script>alert(1)</script>");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("A user with that username already exists.")).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel("About you")).toHaveValue(
    "I maintain **three** packages.\n\n<script>alert(1)</script>",
  );
  await page.getByLabel("Username").fill(renamed);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your profile is saved.");
  await page.getByRole("link", { name: "View it" }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${renamed}/$`));
  await expect(page.locator("dt", { hasText: "Username" }).locator("+ dd")).toHaveText(renamed);
  const about = page.getByRole("region", { name: "About" });
  await expect(about.locator("strong")).toHaveText("three");
  await expect(about).toContainText("<script>alert(1)</script>");
  expect(await about.locator("script").count()).toBe(0);
  // The old address is gone for everyone (the owner included), and the session uses the new name.
  expect((await page.request.get(`/users/${username}/`)).status()).toBe(404);
  expect(((await (await page.request.get("/api/me")).json()) as { username: string }).username).toBe(renamed);
});

test("a member leaves the PSF from the delete page and lands on their profile; other people's answer 403", async ({
  page,
}) => {
  const username = await freshUser(page, "leaver");
  await sql(
    `INSERT INTO users_membership (creator_id, membership_type, legal_name, preferred_name, email_address,
       city, region, country, postal_code, psf_code_of_conduct, psf_announcements, votes, created, updated)
     SELECT id, 0, 'Lee Aver', 'Lee', email, 'Leeds', 'West Yorkshire', 'UK', 'LS1', true, false, false, now(), now()
     FROM users_user WHERE username = $1`,
    [username],
  );
  expect((await page.request.get("/users/membership/delete/alice/")).status()).toBe(403);
  expect((await page.request.get("/users/membership/delete/bob/")).status()).toBe(404);
  await gotoHydrated(page, "/users/membership/edit/");
  await page.getByRole("link", { name: "Delete my membership" }).click();
  await expect(page).toHaveURL(new RegExp(`/users/membership/delete/${username}/$`));
  await page.getByRole("button", { name: "Yes, delete my membership" }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${username}/$`), { timeout: 15_000 });
  await expect(page.locator("dt", { hasText: "PSF Basic Member?" }).locator("+ dd")).toHaveText("No");
  expect(
    await sql(
      "SELECT 1 FROM users_membership m JOIN users_user u ON u.id = m.creator_id WHERE u.username = $1",
      [username],
    ),
  ).toHaveLength(0);
  expect((await page.request.get(`/users/membership/delete/${username}/`)).status()).toBe(404);
});

test("the new account pages pass axe in both themes at 1366 and 390 px", async ({ page }) => {
  test.setTimeout(180_000);
  const username = await freshUser(page, "axe");
  await sql("UPDATE users_user SET password = NULL, email_verified = NULL WHERE username = $1", [username]);
  await sql(
    `INSERT INTO users_membership (creator_id, membership_type, legal_name, preferred_name, email_address,
       city, region, country, postal_code, psf_code_of_conduct, psf_announcements, votes, created, updated)
     SELECT id, 0, 'Axel Test', 'Axel', email, 'Oslo', 'Oslo', 'NO', '0150', true, false, false, now(), now()
     FROM users_user WHERE username = $1`,
    [username],
  );
  const pages = [
    "/accounts/password/set/",
    "/accounts/confirm-email/",
    "/accounts/reauthenticate/?next=%2Fusers%2Fedit%2F",
    "/users/edit/",
    `/users/membership/delete/${username}/`,
  ];
  for (const theme of ["python", "python-dark"])
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
      for (const path of pages) {
        await gotoHydrated(page, path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        expect({ path, theme, width, violations: await seriousViolations(page) }).toEqual({
          path,
          theme,
          width,
          violations: [],
        });
      }
    }
});

test("the profile and password forms refuse a changed honeypot and change nothing", async ({
  page,
}) => {
  const username = await freshUser(page, "trapped");
  for (const [path, fill, button] of [
    ["/users/edit/", async () => page.getByLabel("First name").fill("Spam"), "Save profile"],
    [
      "/accounts/password/change/",
      async () => {
        await page.getByLabel("Current password").fill(PASSWORD);
        await page.getByLabel("New password", { exact: true }).fill(`${PASSWORD} changed`);
        await page.getByLabel("New password again").fill(`${PASSWORD} changed`);
      },
      "Change password",
    ],
  ] as const) {
    await gotoHydrated(page, path);
    await fill();
    await page
      .locator("input[name=email_body_text]")
      .evaluate((el: HTMLInputElement) => (el.value = "buy now"));
    await page.getByRole("button", { name: button }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "This form could not be accepted. Reload the page and send it again.",
    );
  }
  // Posted by the browser itself (no script, as a bot replays it): django-honeypot's 400 (§0.5).
  const noScript = await page
    .context()
    .browser()!
    .newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const bare = await noScript.newPage();
  await bare.goto("/accounts/password/change/");
  await bare.getByLabel("Current password").fill(PASSWORD);
  await bare.getByLabel("New password", { exact: true }).fill(`${PASSWORD} changed`);
  await bare.getByLabel("New password again").fill(`${PASSWORD} changed`);
  await bare.locator("input[name=email_body_text]").evaluate((el: HTMLInputElement) => (el.value = ""));
  const answer = bare.waitForResponse((r) => r.request().method() === "POST");
  await bare.getByRole("button", { name: "Change password" }).click();
  expect((await answer).status()).toBe(400);
  await noScript.close();
  const [row] = await sql<{ first_name: string }>("SELECT first_name FROM users_user WHERE username = $1", [
    username,
  ]);
  expect(row!.first_name).toBe("");
  // The password did not change: the session (which a change ends) still works.
  expect((await page.request.get("/api/me")).status()).toBe(200);
});
