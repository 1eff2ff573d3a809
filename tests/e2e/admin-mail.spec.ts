import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The stored outbox (mail without SMTP_URL) is readable by staff only.
test("staff read the outbox; others are refused; visitors are sent to sign in", async ({ page, browser }) => {
  const subject = `Outbox check ${Date.now()}`;
  await withDb((c) =>
    c.query(
      `INSERT INTO mailing_emaillog (from_addr, to_addrs, subject, text, status) VALUES ($1, $2, $3, $4, 'outbox')`,
      ["python.org <noreply@python.example>", ["carol@example.org"], subject, "Hello Carol"],
    ),
  );

  const anon = await browser.newPage();
  await anon.goto("/admin/mail/");
  await expect(anon).toHaveURL(
    /\/accounts\/login\/\?callbackUrl=%2Fadmin%2Fmail%2F|\/accounts\/login\/\?callbackUrl=\/admin\/mail\//,
  );
  await anon.close();

  const userPage = await browser.newPage();
  await signInAs(userPage, "alice");
  const refused = await userPage.goto("/admin/mail/");
  expect(refused?.status()).toBe(403);
  await expect(userPage.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await userPage.close();

  await signInAs(page, "staff");
  const res = await page.goto("/admin/mail/");
  expect(res?.status()).toBe(200);
  const item = page.getByRole("article").filter({ hasText: subject });
  await expect(item).toContainText("carol@example.org");
  await expect(item).toContainText("Hello Carol");
});

test("staff see account links masked in the outbox; a superuser sees them whole", async ({
  page,
  browser,
}) => {
  const subject = `Reset check ${Date.now()}`;
  const link = "http://127.0.0.1/accounts/password/reset/key/Secret-Token_0123456789abcdefABCDEF0123456/";
  await withDb((c) =>
    c.query(
      `INSERT INTO mailing_emaillog (from_addr, to_addrs, subject, text, status) VALUES ($1, $2, $3, $4, 'outbox')`,
      ["python.org <noreply@python.example>", ["root@example.org"], subject, `Reset here: ${link}`],
    ),
  );
  await signInAs(page, "staff");
  await page.goto("/admin/mail/");
  const masked = page.getByRole("article").filter({ hasText: subject });
  await expect(masked).toContainText("/accounts/password/reset/key/[single-use secret removed]/");
  await expect(masked).not.toContainText("Secret-Token");

  const admin = await browser.newPage();
  await signInAs(admin, "admin");
  await admin.goto("/admin/mail/");
  await expect(admin.getByRole("article").filter({ hasText: subject })).toContainText(link);
  await admin.close();
});
