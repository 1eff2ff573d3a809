import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

// The banners admin (apps/banners BannerAdmin) on the admin kit: staff add a banner (a bad link
// is a field error and keeps what was typed), edit it, find it in the list and delete it. The
// banner stays inactive and PSF-only, so no public page changes while other specs run.
test("staff add, edit, find and delete a banner", async ({ page }) => {
  await signInAs(page, "staff");
  const title = `Banner e2e ${Date.now() % 100_000}`;

  await gotoHydrated(page, "/admin/banners/new/");
  await page.getByLabel("Button text").fill(title);
  await page.getByLabel("Message").fill("Nominations for the board open next week.");
  await page.getByLabel("Link", { exact: true }).fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Enter a path starting with / or an http(s) URL.")).toBeVisible();
  await expect(page.getByLabel("Button text")).toHaveValue(title);

  await page.getByLabel("Link", { exact: true }).fill("/nominations/");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByLabel("Only on PSF pages")).toBeChecked();

  await page.getByLabel("Message").fill("Nominations for the board are open.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await gotoHydrated(page, `/admin/banners/?q=${encodeURIComponent(title)}&active=no`);
  const list = page.getByRole("table", { name: "Banners" });
  await expect(list).toContainText("Nominations for the board are open.");
  await list.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(list).not.toContainText(title);
});

test("the sidebar offers banners to staff, and a job-board moderator may not open them", async ({ browser }) => {
  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  await gotoHydrated(staff, "/admin/");
  await expect(staff.getByRole("link", { name: "Banners" })).toBeVisible();
  await staff.close();

  const moderator = await browser.newPage();
  await signInAs(moderator, "moderator");
  expect((await moderator.request.get("/admin/banners/", { maxRedirects: 0 })).status()).toBe(403);
  await moderator.close();
});
