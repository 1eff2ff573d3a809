/**
 * Issue #17 end to end (§5.4, §5.3, §5.8, §5.7): a new user applies, staff approve that very
 * application in the admin, the user sees it approved on the dashboard, provides a required asset
 * there and edits the sponsor's information and contacts, and once the sponsorship is finalized (the contract step is #18's,
 * so it is set here) the logo shows where its placements say: /psf/sponsors/ under its package
 * and the job board's grid, but not the downloads grid (its package has no such benefit).
 */
import { deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

function png(w: number, h: number): Buffer {
  const crc = (b: Buffer) => {
    let c = ~0;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((w * 3 + 1) * h, 90);
  for (let y = 0; y < h; y++) raw[y * (w * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

test("apply, get approved in the admin, see it on the dashboard, provide a required asset, edit the sponsor, show where placed", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const user = `journey-${stamp}`;
  const sponsorName = `Journey Widgets ${stamp}`;
  await createUser(user, "Journey-Password-1");
  await signInAs(page, user, "Journey-Password-1");

  // Step 1 and 2: the Maintaining package (it holds the sponsors-page and job-board logos).
  await gotoHydrated(page, "/sponsors/application/");
  await page.getByRole("radio", { name: /Maintaining/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const form = page.getByRole("form", { name: "Sponsor information" });
  await expect(form).toBeVisible({ timeout: 20_000 });
  await form.getByLabel("Name *", { exact: true }).fill(sponsorName);
  await form.getByLabel("Landing page URL").fill("https://journey.example.org/");
  await form
    .getByLabel("Web logo *")
    .setInputFiles({ name: "journey.png", mimeType: "image/png", buffer: png(200, 100) });
  await form.getByLabel("Primary phone *").fill("+1 555 0150");
  await form.getByLabel("Mailing address *").fill("1 Journey Lane");
  await form.getByLabel("City *").fill("Boston");
  await form.getByLabel("Postal code *").fill("02110");
  await form.getByLabel("Country (two-letter code) *").fill("US");
  await form.getByLabel("Contact 1 name *").fill("Jo Journey");
  await form.getByLabel("Contact 1 email *").fill(`${user}@example.org`);
  await form.getByLabel("Contact 1 phone *").fill("+1 555 0151");
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("application-finished")).toBeVisible({ timeout: 20_000 });

  // Staff find that application in the admin and approve it with dates around today.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, "staff");
  await gotoHydrated(staff, `/admin/sponsors/?q=${encodeURIComponent(sponsorName)}`);
  await staff.getByRole("link", { name: sponsorName }).click();
  await expect(staff.getByTestId("sponsorship-status")).toHaveText("Applied");
  // The benefits inline shows the copied benefits with their features, editable while applied.
  const benefits = staff.getByRole("table", { name: "Sponsor benefits" });
  // (Every row's template select lists every benefit, so the row is found by its first cell.)
  await expect(
    benefits
      .getByRole("row")
      .filter({ has: staff.getByRole("cell", { name: "Foundation – Logo on the job board", exact: true }) }),
  ).toContainText("Logo placement");
  const approve = staff.getByRole("form", { name: "Approve sponsorship" });
  await approve.getByLabel("Start date").fill(day(-30));
  await approve.getByLabel("End date").fill(day(300));
  await approve.getByLabel("Sponsorship fee (USD)").fill("60000");
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(staff.getByRole("form", { name: "Approve sponsorship" })).toHaveCount(0, { timeout: 15_000 });
  await staff.reload();
  await expect(staff.getByTestId("sponsorship-status")).toHaveText("Approved (locked)");
  await expect(staff.getByText("The sponsorship is locked: unlock it to change its benefits.")).toBeVisible();
  await expect(staff.getByRole("form", { name: "Add a benefit" })).toHaveCount(0);
  await staffContext.close();

  // The user sees it approved on the dashboard.
  await gotoHydrated(page, "/users/sponsorships/");
  const mine = page.getByRole("link", { name: new RegExp(`${sponsorName} – Maintaining`) });
  await expect(mine).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: mine })).toContainText("Approved");
  await mine.click();
  await expect(page.getByRole("term").filter({ hasText: "Status" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Approved$/ })).toBeVisible();

  // The user provides a required asset of their own sponsorship from the dashboard.
  const sponsorshipPage = page.url();
  const assets = page.getByRole("form", { name: "Required assets" });
  await assets
    .getByLabel(/^A paragraph about your company for the announcement/)
    .fill(`${sponsorName} makes widgets for every journey.`);
  await assets.getByRole("button", { name: "Save assets" }).click();
  await expect(assets.getByText("Assets were updated with success.")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(
    page.getByLabel("A paragraph about your company for the announcement (Fulfilled, thank you!)"),
  ).toHaveValue(`${sponsorName} makes widgets for every journey.`);
  await gotoHydrated(page, sponsorshipPage);

  // Sponsor information: a contact added, the primary one required, the name never changed.
  await page.getByRole("link", { name: "Edit sponsor information" }).click();
  const info = page.getByRole("form", { name: "Sponsor information" });
  await expect(info.getByLabel("Name", { exact: true })).toHaveValue(sponsorName);
  await info.getByLabel("Description").fill("Widgets for every journey.");
  await info.getByRole("button", { name: "Add another contact" }).click();
  await info.getByLabel("Contact 2 name *").fill("Lee Ledger");
  await info.getByLabel("Contact 2 email *").fill("lee@journey.example.org");
  await info.getByLabel("Contact 2 phone *").fill("+1 555 0152");
  await info.getByRole("group", { name: "Contact 1" }).getByLabel("Primary").uncheck();
  await info.getByRole("button", { name: "Save sponsor information" }).click();
  await expect(info.getByText("You have to mark at least one contact as the primary one.")).toBeVisible({
    timeout: 15_000,
  });
  await info.getByRole("group", { name: "Contact 2" }).getByLabel("Primary").check();
  await info.getByRole("group", { name: "Contact 2" }).getByLabel("Accounting").check();
  await info.getByRole("button", { name: "Save sponsor information" }).click();
  await expect(info.getByText("Sponsor info updated with success.")).toBeVisible({ timeout: 15_000 });
  const contacts = await withDb(
    async (c) =>
      (
        await c.query<{ name: string; primary: boolean; accounting: boolean; linked: boolean }>(
          `SELECT c.name, c."primary", c.accounting, c.user_id IS NOT NULL AS linked
           FROM sponsors_sponsorcontact c JOIN sponsors_sponsor s ON s.id = c.sponsor_id
           WHERE s.name = $1 ORDER BY c.id`,
          [sponsorName],
        )
      ).rows,
  );
  expect(contacts).toEqual([
    { name: "Jo Journey", primary: false, accounting: false, linked: true },
    { name: "Lee Ledger", primary: true, accounting: true, linked: false },
  ]);
  // Deleting a contact through the formset.
  await info.getByRole("group", { name: "Contact 1" }).getByLabel("Delete contact 1").check();
  await info.getByRole("button", { name: "Save sponsor information" }).click();
  await expect(info.getByText("Sponsor info updated with success.")).toBeVisible({ timeout: 15_000 });
  await expect(info.getByRole("group", { name: "Contact 1" }).getByLabel("Contact 1 name *")).toHaveValue(
    "Lee Ledger",
    {
      timeout: 15_000,
    },
  );
  // Someone else's sponsor is not found.
  const sponsorId = await withDb(
    async (c) =>
      (await c.query("SELECT id FROM sponsors_sponsor WHERE name = $1", [sponsorName])).rows[0].id as number,
  );
  const otherContext = await browser.newContext();
  const alice = await otherContext.newPage();
  await signInAs(alice, "alice");
  expect((await alice.request.get(`/users/sponsorships/sponsor/${sponsorId}/`)).status()).toBe(404);
  await otherContext.close();

  // Finalized (issue #18 executes the contract; set here), shown where its placements say.
  await withDb((c) =>
    c.query(
      "UPDATE sponsors_sponsorship SET status = 'finalized', finalized_on = CURRENT_DATE WHERE sponsor_id = $1",
      [sponsorId],
    ),
  );
  // A write through the admin revalidates the sponsors tag as the contract step will: staff save the sponsor.
  const staff2 = await (await browser.newContext()).newPage();
  await signInAs(staff2, "staff");
  await gotoHydrated(staff2, `/admin/sponsors/sponsors/${sponsorId}/`);
  const edit = staff2.getByRole("form", { name: `Edit the sponsor ${sponsorName}` });
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByText("Saved.")).toBeVisible({ timeout: 15_000 });
  await staff2.context().close();

  await page.goto("/psf/sponsors/");
  await expect(
    page
      .getByRole("region", { name: "Maintaining Sponsors" })
      .getByRole("img", { name: `${sponsorName} logo` }),
  ).toBeVisible();
  await page.goto("/jobs/");
  await expect(
    page
      .getByRole("region", { name: "Job Board Sponsors" })
      .getByRole("img", { name: `${sponsorName} logo` }),
  ).toBeVisible();
  await page.goto("/downloads/");
  await expect(page.getByRole("img", { name: `${sponsorName} logo` })).toHaveCount(0);
});
