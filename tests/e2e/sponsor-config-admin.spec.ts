/**
 * Issue #17, the configuration admin (§5.1, §5.9): staff add a program, a package, a legal clause
 * and a benefit with feature configurations, the forms refuse what Django's refuse, and the
 * application preview of that year shows each change at once (the config tag is revalidated).
 * A year no other test uses (2048) keeps the rows apart; they are removed at the end.
 */
import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

const YEAR = "2048";

async function cleanUp() {
  await withDb(async (c) => {
    await c.query("DELETE FROM sponsors_sponsorshipbenefit WHERE year = $1", [Number(YEAR)]);
    await c.query("DELETE FROM sponsors_sponsorshippackage WHERE year = $1", [Number(YEAR)]);
    await c.query("DELETE FROM sponsors_legalclause WHERE internal_name LIKE 'E2E %'");
    await c.query("DELETE FROM sponsors_sponsorshipprogram WHERE name LIKE 'E2E %'");
    await c.query("DELETE FROM sponsors_sponsorcontact WHERE email = 'e2e.contact@example.com'");
  });
}
// One worker for the file: another worker's afterAll would delete this test's rows mid-way.
test.describe.configure({ mode: "serial" });
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

const deleteRow = async (page: Page, list: string, name: string) => {
  await page
    .getByRole("table", { name: list })
    .getByRole("row")
    .filter({ hasText: name })
    .getByRole("button", { name: "Delete" })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
};

test("staff configure a year: program, package, clause, benefit and its feature configurations", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "staff");

  await gotoHydrated(page, "/admin/sponsors/programs/new/");
  const program = page.getByRole("form", { name: "Add a sponsorship program" });
  await program.getByRole("button", { name: "Add" }).click();
  await expect(program.getByText("This field is required.")).toBeVisible({ timeout: 15_000 });
  await program.getByLabel("Name").fill("E2E Outreach");
  await program.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E Outreach" })).toBeVisible({
    timeout: 15_000,
  });
  await gotoHydrated(page, "/admin/sponsors/programs/");
  await deleteRow(page, "Sponsorship programs", "E2E Outreach");
  await expect(page.getByRole("link", { name: "E2E Outreach" })).toHaveCount(0, { timeout: 15_000 });

  await gotoHydrated(page, "/admin/sponsors/packages/new/");
  const addPackage = async () => {
    const form = page.getByRole("form", { name: "Add a sponsorship package" });
    await form.getByLabel("Name", { exact: true }).fill("E2E Platinum");
    await form.getByLabel("Slug").fill("e2e-platinum");
    await form.getByLabel("Sponsorship amount (USD)").fill("5000");
    await form.getByLabel("Year").selectOption(YEAR);
    await form.getByLabel("Advertise").check();
    await form.getByRole("button", { name: "Add" }).click();
    return form;
  };
  await addPackage();
  await expect(page.getByRole("heading", { level: 1, name: `E2E Platinum (${YEAR})` })).toBeVisible({
    timeout: 15_000,
  });
  const packageUrl = page.url();
  await gotoHydrated(page, "/admin/sponsors/packages/new/");
  const again = await addPackage();
  await expect(again.getByText("Sponsorship package with this Slug and Year already exists.")).toBeVisible({
    timeout: 15_000,
  });

  await gotoHydrated(page, "/admin/sponsors/legal-clauses/new/");
  const clause = page.getByRole("form", { name: "Add a legal clause" });
  await clause.getByLabel("Internal name").fill("E2E booth clause");
  await clause.getByLabel("Clause", { exact: true }).fill("The sponsor staffs its booth.");
  await clause.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E booth clause" })).toBeVisible({
    timeout: 15_000,
  });

  await gotoHydrated(page, `/admin/sponsors/benefits/new/?year=${YEAR}`);
  const benefit = page.getByRole("form", { name: "Add a sponsorship benefit" });
  await benefit.getByLabel("Name", { exact: true }).fill("E2E expo booth");
  await benefit.getByLabel("Program").selectOption({ label: "PyCon US" });
  await benefit.getByRole("checkbox", { name: `E2E Platinum (${YEAR})` }).check();
  await benefit.getByRole("checkbox", { name: "E2E booth clause" }).check();
  await benefit.getByLabel("Standalone").check();
  await benefit.getByRole("button", { name: "Add" }).click();
  await expect(benefit.getByText("Standalone benefits must not belong to any package.").first()).toBeVisible({
    timeout: 15_000,
  });
  await benefit.getByLabel("Standalone").uncheck();
  await benefit.getByRole("checkbox", { name: `E2E Platinum (${YEAR})` }).check();
  await benefit.getByRole("checkbox", { name: "E2E booth clause" }).check();
  await benefit.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E expo booth" })).toBeVisible({
    timeout: 15_000,
  });

  // Feature configurations: a logo placement, and a required image whose sizes Django refuses.
  const configs = page.getByRole("table", { name: "Feature configurations" });
  await expect(configs).toContainText("No configurations yet.");
  await page.getByText("Add a logo placement configuration").click();
  const logo = page.getByRole("form", { name: "Add a logo placement configuration" });
  await logo.getByLabel("Logo placement").selectOption("jobs");
  await logo.getByRole("button", { name: "Add configuration" }).click();
  await expect(configs.getByRole("row").filter({ hasText: "Logo placement" })).toContainText("psf · jobs", {
    timeout: 15_000,
  });
  await page.getByText("Add a required image configuration").click();
  const img = page.getByRole("form", { name: "Add a required image configuration" });
  await img.getByLabel("Internal name").fill("e2e_booth_banner_2048");
  await img.getByLabel("Label").fill("Booth banner");
  await img.getByLabel("Min width").fill("800");
  await img.getByLabel("Max width").fill("400");
  await img.getByLabel("Min height").fill("100");
  await img.getByLabel("Max height").fill("200");
  await img.getByRole("button", { name: "Add configuration" }).click();
  await expect(img.getByText("Max width must be greater than min width")).toBeVisible({ timeout: 15_000 });
  await img.getByLabel("Max width").fill("1600");
  await img.getByRole("button", { name: "Add configuration" }).click();
  const imageRow = configs.getByRole("row").filter({ hasText: "Required image" });
  await expect(imageRow).toContainText("e2e_booth_banner_2048", { timeout: 15_000 });
  await imageRow.getByRole("link", { name: /Edit/ }).click();
  const edit = page.getByRole("form", { name: "Edit the required image configuration" });
  await expect(edit.getByLabel("Max width")).toHaveValue("1600");
  await edit.getByLabel("Due date").fill(`${YEAR}-03-01`);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByText("Saved.")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("link", { name: "← E2E expo booth" }).click();
  await expect(configs.getByRole("row").filter({ hasText: "Required image" })).toContainText(
    `due ${YEAR}-03-01`,
  );
  await deleteRow(page, "Feature configurations", "Logo placement");
  await expect(configs.getByRole("row").filter({ hasText: "Logo placement" })).toHaveCount(0, {
    timeout: 15_000,
  });

  // The year's application preview shows the package and benefit, and a rename at once.
  await page.goto(`/sponsors/application/?config_year=${YEAR}`);
  await expect(page.getByRole("radio", { name: /E2E Platinum/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /E2E expo booth/ })).toBeVisible();
  await gotoHydrated(page, packageUrl);
  // The form is named after the package, so after the rename it is found by the new name.
  const pkg = page.getByRole("form", { name: /Edit the package E2E/ });
  await pkg.getByLabel("Name", { exact: true }).fill("E2E Titanium");
  await pkg.getByRole("button", { name: "Save" }).click();
  await expect(pkg.getByText("Saved.")).toBeVisible({ timeout: 15_000 });
  await page.goto(`/sponsors/application/?config_year=${YEAR}`);
  await expect(page.getByRole("radio", { name: /E2E Titanium/ })).toBeVisible();
  await expect(page.getByRole("radio", { name: /E2E Platinum/ })).toHaveCount(0);

  // The lists filter as Django's list_filter does.
  await page.goto(`/admin/sponsors/benefits/?year=${YEAR}`);
  await expect(
    page.getByRole("table", { name: "Sponsorship benefits" }).getByRole("cell").getByRole("link"),
  ).toHaveText(["E2E expo booth"]);
  await page.goto(`/admin/sponsors/packages/?year=${YEAR}`);
  await expect(
    page.getByRole("table", { name: "Sponsorship packages" }).getByRole("cell").getByRole("link"),
  ).toHaveText(["E2E Titanium"]);
});

test("staff edit a sponsor's contacts and list assets by value", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "staff");
  await gotoHydrated(page, "/admin/sponsors/sponsors/?q=Example+Cloud");
  await page.getByRole("link", { name: "Example Cloud Ltd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Example Cloud Ltd" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Sponsorships" }).getByRole("row")).not.toHaveCount(1);
  const add = page.getByRole("form", { name: "Add a contact" });
  await add.getByLabel("Contact name").fill("E2E Contact");
  await add.getByLabel("Contact email").fill("not an address");
  await add.getByLabel("Contact phone").fill("+1 555 0100");
  await add.getByRole("button", { name: "Add contact" }).click();
  await expect(add.getByText("Enter a valid email address.")).toBeVisible({ timeout: 15_000 });
  await add.getByLabel("Contact email").fill("e2e.contact@example.com");
  await add.getByRole("button", { name: "Add contact" }).click();
  const saved = page.getByRole("form", { name: "Contact E2E Contact" });
  await expect(saved).toBeVisible({ timeout: 15_000 });
  await saved.getByLabel("Accounting contact").check();
  await saved.getByRole("button", { name: "Save contact" }).click();
  await expect(saved.getByText("Contact saved.")).toBeVisible({ timeout: 15_000 });
  expect(
    await withDb(
      async (c) =>
        (
          await c.query(
            "SELECT accounting FROM sponsors_sponsorcontact WHERE email = 'e2e.contact@example.com'",
          )
        ).rows[0].accounting,
    ),
  ).toBe(true);
  await page.getByRole("button", { name: "Delete the contact E2E Contact" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /Delete/ })
    .click();
  await expect(page.getByRole("form", { name: "Contact E2E Contact" })).toHaveCount(0, { timeout: 15_000 });

  await page.goto("/admin/sponsors/assets/?value=without&related=sponsorship");
  const rows = page.getByRole("table", { name: "Sponsor assets" }).getByRole("row");
  expect(await rows.count()).toBeGreaterThan(1);
  await page.goto("/admin/sponsors/assets/?value=with&type=response");
  for (const cell of await page
    .getByRole("table", { name: "Sponsor assets" })
    .getByRole("row")
    .filter({ hasText: "Response" })
    .all())
    await expect(cell).toContainText(/Yes|No/);
});
