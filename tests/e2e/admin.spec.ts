import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

test("visitors are sent to sign in, normal users get 403, the moderator sees only their sections", async ({
  browser,
}) => {
  const anon = await browser.newPage();
  await anon.goto("/admin/users/");
  await expect(anon).toHaveURL(/\/accounts\/login\/\?callbackUrl=%2Fadmin%2Fusers%2F/);
  await anon.close();

  const user = await browser.newPage();
  await signInAs(user, "bob");
  expect((await user.goto("/admin/"))?.status()).toBe(403);
  await user.close();

  const moderator = await browser.newPage();
  await signInAs(moderator, "moderator");
  expect((await moderator.goto("/admin/"))?.status()).toBe(200);
  const nav = moderator.getByRole("navigation", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  const since = new Date();
  expect((await moderator.goto("/admin/users/"))?.status()).toBe(403);
  await moderator.close();
  // AC-LOG-1: the refused page is audited like a refused action.
  await expect
    .poll(() =>
      withDb(
        async (c) =>
          (
            await c.query(
              `SELECT 1 FROM audit_log WHERE action = 'authz.denied' AND detail->>'page' = '/admin/users/'
                 AND actor_id = (SELECT id FROM users_user WHERE username = 'moderator') AND "at" >= $1`,
              [since],
            )
          ).rowCount,
      ),
    )
    .toBeGreaterThan(0);
});

test("staff find a user, disable the account (its sessions end at once) and enable it again", async ({
  page,
  browser,
}) => {
  const username = `target${Date.now()}`;
  const password = "the target account's passphrase";
  await createUser(username, password);
  const victim = await browser.newPage();
  await signInAs(victim, username, password);
  expect((await victim.request.get("/api/me")).status()).toBe(200);

  await signInAs(page, "staff");
  await page.goto("/admin/");
  await expect(page.getByText("Active users")).toBeVisible();
  await page.goto(`/admin/users/?q=${username}`);
  await expect(page.getByRole("status")).toHaveText("1 result");
  await page.getByRole("link", { name: username }).click();
  await expect(page.getByTestId("user-status")).toHaveText("active");
  await page.getByRole("button", { name: "Disable account" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByTestId("user-status")).toHaveText("disabled");
  expect((await victim.request.get("/api/me")).status()).toBe(401);

  await page.getByRole("button", { name: "Enable account" }).click();
  await expect(page.getByTestId("user-status")).toHaveText("active");
  await page.goto("/admin/audit/");
  await expect(page.getByRole("table", { name: "Audit log" })).toContainText("user.deactivated");
  await victim.close();
});

test("staff sign one user out everywhere: every session ends, the account stays usable (AC-SESS-3)", async ({
  page,
  browser,
}) => {
  const username = `roamer${Date.now()}`;
  const password = "the roaming account's passphrase";
  await createUser(username, password);
  const laptop = await browser.newPage();
  const phone = await browser.newPage();
  await signInAs(laptop, username, password);
  await signInAs(phone, username, password);
  for (const p of [laptop, phone]) expect((await p.request.get("/api/me")).status()).toBe(200);

  await signInAs(page, "staff");
  const id = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM users_user WHERE username = $1", [username])).rows[0]!
        .id,
  );
  await page.goto(`/admin/users/${id}/`);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect
    .poll(async () => [
      (await laptop.request.get("/api/me")).status(),
      (await phone.request.get("/api/me")).status(),
    ])
    .toEqual([401, 401]);
  await signInAs(laptop, username, password);
  expect((await laptop.request.get("/api/me")).status()).toBe(200);
  await laptop.close();
  await phone.close();
});

test("the admin asks for a sign-in from the last 12 hours, however long the session lives (AC-SESS-4)", async ({
  browser,
  baseURL,
}) => {
  const { encode } = await import("next-auth/jwt");
  const staff = await withDb(
    async (c) =>
      (
        await c.query<{ id: number; v: number }>(
          "SELECT id, session_version AS v FROM users_user WHERE username = 'staff'",
        )
      ).rows[0]!,
  );
  const now = Math.floor(Date.now() / 1000);
  // A valid session token (right secret, right version) whose sign-in was 13 hours ago.
  const token = await encode({
    token: { uid: staff.id, ver: staff.v, name: "staff", authAt: now - 13 * 3600 },
    secret: process.env.AUTH_SECRET!,
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: "next-auth.session-token", value: token, url: baseURL! }]);
  const page = await context.newPage();
  expect((await page.request.get("/api/me")).status()).toBe(200); // the session itself is fine
  const res = await page.request.get("/admin/users/", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/accounts/reauthenticate/?next=%2Fadmin%2Fusers%2F");
  await signInAs(page, "staff");
  expect((await page.request.get("/admin/users/", { maxRedirects: 0 })).status()).toBe(200);
  await context.close();
});
