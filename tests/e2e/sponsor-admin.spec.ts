/**
 * Issue #17, the sponsorships admin (§5.9, §5.3): the list hides rejected applications until asked,
 * staff approve an application (end after start), roll it back and lock it, and export the CSV.
 */
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

test("staff list, approve, roll back and lock a sponsorship, and export the list", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "staff");
  await gotoHydrated(page, "/admin/sponsors/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sponsorships");
  await expect(page.getByRole("link", { name: "Tiny Startup GmbH" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Quiet Lake Software" })).toHaveCount(0);
  await page.goto("/admin/sponsors/?status=rejected");
  await expect(page.getByRole("link", { name: "Quiet Lake Software" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tiny Startup GmbH" })).toHaveCount(0);
  await page.goto("/admin/sponsors/?q=tiny");
  await expect(page.getByRole("link", { name: "Tiny Startup GmbH" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Example Cloud Ltd" })).toHaveCount(0);

  await gotoHydrated(
    page,
    (await page.getByRole("link", { name: "Tiny Startup GmbH" }).getAttribute("href"))!,
  );
  const status = page.getByTestId("sponsorship-status");
  await expect(status).toHaveText("Applied");
  const approve = page.getByRole("form", { name: "Approve sponsorship" });
  await approve.getByLabel("Start date").fill("2027-03-01");
  await approve.getByLabel("End date").fill("2027-02-01");
  await approve.getByLabel("Sponsorship fee (USD)").fill("14000");
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(approve.getByText("End date must be after the start date.")).toBeVisible({ timeout: 15_000 });
  await approve.getByLabel("Start date").fill("2027-01-01");
  await approve.getByLabel("End date").fill("2027-12-31");
  await approve.getByLabel("Sponsorship fee (USD)").fill("14000");
  await approve.getByRole("button", { name: "Approve" }).click();
  // Approved: the approve form goes (its confirmation shows above the buttons).
  await expect(page.getByRole("form", { name: "Approve sponsorship" })).toHaveCount(0, { timeout: 15_000 });
  await page.reload();
  await expect(status).toHaveText("Approved (locked)");
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  const workflow = page.getByRole("form", { name: "Sponsorship workflow" });
  await workflow.getByRole("button", { name: "Rollback to edit" }).click();
  await expect(workflow.getByText("Sponsorship is now editable!")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(status).toHaveText("Applied (locked)");
  await page
    .getByRole("form", { name: "Sponsorship workflow" })
    .getByRole("button", { name: "Unlock" })
    .click();
  await expect(page.getByText("Sponsorship is unlocked!")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(status).toHaveText("Applied");

  const csv = await page.request.get("/admin/sponsors/export/?status=finalized");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "Company Name,Contact Name(s),Contact Email(s),Contact Phone,Contact Type(s),Start Date,End Date,Logo,Webpage link,Sponsorship Level,Sponsorship Cost,Admin Link",
  );
  expect(lines.some((l) => l.startsWith("Example Cloud Ltd,") && l.includes(",Visionary,160000,"))).toBe(
    true,
  );
  expect(lines.some((l) => l.startsWith("Tiny Startup GmbH,"))).toBe(false);
});

test("a signed-in user without the sponsors permission cannot export", async ({ page }) => {
  await signInAs(page, "bob");
  expect((await page.request.get("/admin/sponsors/export/")).status()).toBe(403);
});
