import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

// The work groups and companies admin (apps/work_groups WorkGroupAdmin, apps/companies
// CompanyAdmin) for a content editor, who is not staff but holds workgroups.edit and companies.edit.
// reStructuredText renders through docutils on save, which takes seconds on a loaded machine.
const SAVED = { timeout: 30_000 };

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("an editor adds a work group with an organizer and a member, edits it and finds it in the list", async ({
  page,
}) => {
  await signInAs(page, "editor");
  const name = `Typing Council ${Date.now() % 100_000}`;

  await gotoHydrated(page, "/admin/work-groups/new/");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Short description").fill("Looks after typing in the standard library.");
  for (const [label, text] of [
    ["Purpose", "Keep *typing* consistent across the standard library."],
    ["Active time", "Two years."],
    ["Core values", "Backwards compatibility."],
    ["Rules", "Decisions by consensus, else a vote."],
    ["Communication", "A forum category."],
  ] as const)
    await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByLabel("Purpose markup").selectOption("markdown");
  await page.getByLabel("Organizers").fill("alice, nobody-by-this-name");
  await page.getByLabel("Members").fill("bob");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("No user is called nobody-by-this-name.")).toBeVisible(SAVED);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);

  await page.getByLabel("Organizers").fill("alice");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible(SAVED);
  await expect(page.getByLabel("Slug")).toHaveValue(name.toLowerCase().replace(/ /g, "-"));
  await expect(page.getByLabel("Organizers")).toHaveValue("alice");
  await expect(page.getByLabel("Members")).toHaveValue("bob");
  await expect(page.getByLabel("Purpose markup")).toHaveValue("markdown");
  await expect(page.getByText("by editor").first()).toBeVisible();

  await page.getByLabel("Approved").check();
  await page.getByLabel("Members").fill("bob, alice");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible(SAVED);
  await page.reload();
  await expect(page.getByLabel("Members")).toHaveValue("alice, bob");
  await expect(page.getByLabel("Approved")).toBeChecked();

  await gotoHydrated(page, `/admin/work-groups/?q=${encodeURIComponent(name)}&approved=yes`);
  const list = page.getByRole("table", { name: "Work groups" });
  await expect(list.getByRole("link", { name })).toBeVisible();
});

test("an editor adds a company with a logo, which is served as an image; an SVG is refused", async ({
  page,
}) => {
  await signInAs(page, "editor");
  const name = `Litware ${Date.now() % 100_000}`;

  await gotoHydrated(page, "/admin/companies/new/");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("E-mail").fill("python.team@litware.example");
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
  await page
    .getByLabel("Logo")
    .setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Upload a PNG, JPEG, GIF or WebP image (SVG is not accepted).")).toBeVisible(
    SAVED,
  );

  await page
    .getByLabel("Logo")
    .setInputFiles({ name: "Litware Logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible(SAVED);
  const src = await page.getByRole("img", { name: "The current logo" }).getAttribute("src");
  expect(src).toMatch(/^\/media\/companies\/logos\/litware-logo(-\w+)?\.png$/);
  const logo = await page.request.get(src!);
  expect(logo.status()).toBe(200);
  expect(logo.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await logo.body()).equals(PNG)).toBe(true);

  await gotoHydrated(page, `/admin/companies/?q=${encodeURIComponent(name)}`);
  const row = page.getByRole("table", { name: "Companies" }).getByRole("row").filter({ hasText: name });
  // render_email: the address is in the page for people, not as one string in the markup.
  await expect(row).toContainText("python.team@litware.example");
  expect(await row.innerHTML()).not.toContain("python.team@litware.example");
});

test("a signed-in user without the permissions may not open either screen", async ({ page }) => {
  await signInAs(page, "alice");
  for (const path of ["/admin/work-groups/", "/admin/companies/", "/admin/companies/new/"])
    expect([path, (await page.request.get(path, { maxRedirects: 0 })).status()]).toEqual([path, 403]);
});
