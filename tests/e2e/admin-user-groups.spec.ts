import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// apps/users UserGroup (the Python user groups) in the admin: staff add one, filter by approved
// and trusted, edit and delete it; people without the permission get 403 (authz-matrix.spec.ts).
test("staff add a Python user group, find it by the approved and trusted filters, edit and delete it", async ({
  page,
}) => {
  await signInAs(page, "staff");
  const name = `PyLadies Nairobi ${Date.now() % 1_000_000}`;
  await gotoHydrated(page, "/admin/user-groups/new/");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Location").fill("Nairobi, Kenya");
  await page.getByLabel("URL", { exact: true }).fill("javascript:alert(1)");
  await page.getByLabel("Start date").fill("2018-06-09");
  await page.getByLabel("Approved").check();
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Enter an http or https address.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await page.getByLabel("URL", { exact: true }).fill("https://example.org/pyladies-nairobi");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Start date")).toHaveValue("2018-06-09");

  const list = page.getByRole("table", { name: "Python user groups" });
  const q = encodeURIComponent(name);
  await gotoHydrated(page, `/admin/user-groups/?q=${q}&approved=yes`);
  await expect(list.getByRole("link", { name })).toBeVisible();
  await gotoHydrated(page, `/admin/user-groups/?q=${q}&trusted=yes`);
  await expect(list.getByRole("link", { name })).toHaveCount(0);

  await gotoHydrated(page, `/admin/user-groups/?q=${q}`);
  await list.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await page.getByLabel("Trusted").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible({ timeout: 15_000 });
  await gotoHydrated(page, `/admin/user-groups/?q=${q}&trusted=yes`);
  await expect(list.getByRole("link", { name })).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await list.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect
    .poll(
      () =>
        withDb(
          async (c) => (await c.query("SELECT 1 FROM users_usergroup WHERE name = $1", [name])).rowCount,
        ),
      { timeout: 15_000 },
    )
    .toBe(0);
});
