import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";
import { linkIn, mailTo, waitForMail } from "./support/mail";

// The users screen on the shared admin list and form components: search, filters, sort,
// pagination, bulk actions with confirmation, roles and groups, resend verification, send reset.

test("staff filter, sort and bulk-disable users, with a confirmation first", async ({ page }) => {
  const stamp = Date.now();
  const names = [`bulk${stamp}a`, `bulk${stamp}b`, `bulk${stamp}c`];
  for (const n of names) await createUser(n, "a passphrase for a bulk test user");
  await signInAs(page, "staff");

  await gotoHydrated(page, `/admin/users/?q=bulk${stamp}&sort=username&dir=desc`);
  await expect(page.getByRole("status")).toHaveText("3 results");
  const rows = page.getByRole("table", { name: "Users" }).locator("tbody tr");
  await expect(rows.first()).toContainText(names[2]!);
  // The column header sorts the other way.
  await page.getByRole("link", { name: /^Username/ }).click();
  await expect(rows.first()).toContainText(names[0]!);

  await page
    .getByRole("checkbox", { name: /Select row/ })
    .nth(0)
    .check();
  await page
    .getByRole("checkbox", { name: /Select row/ })
    .nth(1)
    .check();
  await page.getByRole("button", { name: "Disable selected" }).click();
  // Cancelling changes nothing.
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  // By keyboard: the dialog takes focus on Cancel (Enter never confirms by accident), Escape closes it.
  await page.getByRole("button", { name: "Disable selected" }).click();
  await expect(page.getByRole("dialog").getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(rows.filter({ hasText: "disabled" })).toHaveCount(0);
  await page.getByRole("button", { name: "Disable selected" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable selected" }).click();
  // The list re-renders from the server once the action is done.
  await expect(rows.filter({ hasText: "disabled" })).toHaveCount(2);

  await gotoHydrated(page, `/admin/users/?q=bulk${stamp}&status=disabled`);
  await expect(page.getByRole("status")).toHaveText("2 results");
  const disabled = await withDb(async (c) =>
    (
      await c.query<{ username: string }>(
        "SELECT username FROM users_user WHERE username LIKE $1 AND NOT is_active ORDER BY username",
        [`bulk${stamp}%`],
      )
    ).rows.map((r) => r.username),
  );
  expect(disabled).toEqual([names[0], names[1]]);
});

test("staff edit groups; only a superuser grants superuser; the change is audited", async ({
  page,
  browser,
}) => {
  const username = `roles${Date.now()}`;
  await createUser(username, "a passphrase for a roles test user");
  const id = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM users_user WHERE username = $1", [username])).rows[0]!
        .id,
  );
  await signInAs(page, "staff");
  await gotoHydrated(page, `/admin/users/${id}/`);
  await expect(page.getByRole("checkbox", { name: /Superuser/ })).toBeDisabled();
  await page.getByRole("checkbox", { name: "Downloads Admin" }).check();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByText("Roles saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("user-roles")).toHaveText("Downloads Admin");

  const root = await browser.newPage();
  await signInAs(root, "admin");
  await gotoHydrated(root, `/admin/users/${id}/`);
  await root.getByRole("checkbox", { name: /Superuser/ }).check();
  await root.getByRole("button", { name: "Save roles" }).click();
  await expect(root.getByText("Roles saved.")).toBeVisible();
  await root.reload();
  await expect(root.getByTestId("user-roles")).toHaveText("superuser, Downloads Admin");
  const audit = await withDb(
    async (c) =>
      (
        await c.query<{ detail: Record<string, string>; ip: string | null; user_agent: string | null }>(
          "SELECT detail, ip, user_agent FROM audit_log WHERE action = 'user.roles_changed' AND target_id = $1 ORDER BY id",
          [String(id)],
        )
      ).rows,
  );
  expect(audit.map((a) => a.detail.superuser)).toEqual(["false→false", "false→true"]);
  // Who, what, when and from where: the browser's address (here the loopback) and its user agent.
  for (const a of audit) {
    expect(a.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect(a.user_agent).toContain("Chrome");
  }
  await root.close();
});

test("staff resend a verification link and send a reset link, which arrive by mail", async ({ page }) => {
  const username = `unconfirmed${Date.now()}`;
  const email = `${username}@example.org`;
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user (username, email, password, is_active, date_joined) VALUES ($1, $2, NULL, true, now())`,
      [username, email],
    ),
  );
  const id = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM users_user WHERE username = $1", [username])).rows[0]!
        .id,
  );
  await signInAs(page, "staff");
  await gotoHydrated(page, `/admin/users/${id}/`);
  await page.getByRole("button", { name: "Resend verification" }).click();
  const verification = await waitForMail(email, 1);
  expect(verification.subject).toBe("Confirm your email address for python.org");
  await gotoHydrated(page, linkIn(verification.text));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status")).toContainText("Your email address is confirmed");

  await gotoHydrated(page, `/admin/users/${id}/`);
  await expect(page.getByRole("button", { name: "Resend verification" })).toHaveCount(0);
  await page.getByRole("button", { name: "Send password reset" }).click();
  const reset = await waitForMail(email, 2);
  expect(reset.subject).toBe("Reset your python.org password");
  expect((await mailTo(email)).length).toBe(2);
});

test("staff who are not superusers cannot send a superuser's account a reset link (a takeover path)", async ({
  page,
}) => {
  const username = `root${Date.now()}`;
  const email = `${username}@example.org`;
  const id = await withDb(
    async (c) =>
      (
        await c.query<{ id: number }>(
          `INSERT INTO users_user (username, email, password, email_verified, is_active, is_staff, is_superuser, date_joined)
           VALUES ($1, $2, NULL, now(), true, true, true, now()) RETURNING id`,
          [username, email],
        )
      ).rows[0]!.id,
  );
  const denials = () =>
    withDb(
      async (c) =>
        (
          await c.query(
            "SELECT 1 FROM audit_log WHERE action = 'authz.denied' AND target_id = $1 AND detail->>'screen' = 'admin.users.superuser'",
            [String(id)],
          )
        ).rowCount,
    );
  await signInAs(page, "staff");
  await gotoHydrated(page, `/admin/users/${id}/`);
  await page.getByRole("button", { name: "Send password reset" }).click();
  await expect.poll(denials).toBe(1);
  expect(await mailTo(email)).toEqual([]);
});
