import { expect, test, type Browser, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

test.setTimeout(180_000);
const PASSWORD = "nominations-e2e-password";
const run = Date.now() % 1_000_000;

async function person(browser: Browser, username: string, first: string, last: string): Promise<Page> {
  await createUser(username, PASSWORD);
  await withDb((c) => c.query("UPDATE users_user SET first_name = $2, last_name = $3 WHERE username = $1", [username, first, last]));
  const page = await browser.newPage();
  await signInAs(page, username, PASSWORD);
  return page;
}

async function fillNomination(page: Page, name: string, email: string) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("No: has not served before").check();
  await page.getByLabel("Employer").fill("Fjord Software");
  await page.getByLabel("Nomination statement").fill("Runs the **Oslo** user group.\n\n<script>alert(1)</script>");
}

// §2.13 end to end in an election of our own: a self-nomination (an accepted nominee at once), a
// third-party nomination the nominee accepts after staff link and approve it, and the public
// nominee list once the window has closed: accepted and approved nominees only.
test("self-nomination, a nomination of someone else that the nominee accepts, and the public list after closing", async ({
  browser,
}) => {
  const slug = `e2e-board-${run}`;
  await withDb((c) =>
    c.query(
      `INSERT INTO nominations_election (name, slug, date, kind_id, nominations_open_at, nominations_close_at, description, _description_rendered)
       VALUES ($1, $2, (now() + interval '30 days')::date, (SELECT id FROM nominations_electionkind WHERE slug = 'psf-board'),
               now() - interval '1 day', now() + interval '10 days', 'An e2e election.', '<p>An e2e election.</p>')`,
      [`E2E Board ${run}`, slug],
    ),
  );
  const self = await person(browser, `selfnom${run}`, "Ingrid", "Haugen");
  const nominator = await person(browser, `nominator${run}`, "Petra", "Voss");
  const nominee = await person(browser, `nominee${run}`, "Arne", "Berg");

  // The election page is themed by its kind's accent colour and offers a nomination while open.
  await gotoHydrated(self, `/nominations/election/${slug}/`);
  await expect(self.getByTestId("election-header")).toHaveAttribute("data-accent", "#0073b7");
  await self.getByRole("link", { name: "Make a nomination" }).click();

  // Self-nomination: the code of conduct acknowledgment is required.
  await fillNomination(self, "Ingrid Haugen", `selfnom${run}@example.org`);
  await self.getByLabel("I am nominating myself").check();
  await self.getByRole("button", { name: "Preview statement" }).click();
  const preview = self.getByTestId("statement-preview");
  await expect(preview.locator("strong")).toHaveText("Oslo");
  await expect(preview).toContainText("<script>alert(1)</script>");
  await self.getByRole("button", { name: "Submit nomination" }).click();
  await expect(self.getByText("You must agree to the Code of Conduct acknowledgment").first()).toBeVisible({ timeout: 15_000 });
  await self.getByLabel(/I agree to follow the PSF Code of Conduct/).check();
  await self.getByRole("button", { name: "Submit nomination" }).click();
  await expect(self.getByRole("heading", { name: "Nomination of Ingrid Haugen" })).toBeVisible({ timeout: 15_000 });
  await expect(self.locator("dt", { hasText: "Accepted" }).locator("+ dd")).toHaveText("Yes");
  await expect(self.locator("dt", { hasText: "Previous Board Service" }).locator("+ dd")).toHaveText("New board member");

  // Someone nominates Arne; the nomination is the nominator's to edit, nobody else's.
  await gotoHydrated(nominator, `/nominations/${slug}/create/`);
  await fillNomination(nominator, "Arne Berg", `nominee${run}@example.org`);
  await nominator.getByRole("button", { name: "Submit nomination" }).click();
  await expect(nominator.getByRole("heading", { name: "Nomination of Arne Berg" })).toBeVisible({ timeout: 15_000 });
  const nominationUrl = new URL(nominator.url()).pathname;
  expect((await self.request.get(`${nominationUrl}edit/`, { maxRedirects: 0 })).status()).toBe(403);
  expect((await nominee.request.get(nominationUrl, { maxRedirects: 0 })).status()).toBe(404);

  // Staff link it to Arne's account and approve both nominees and the nominations.
  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  const electionId = await withDb(async (c) => (await c.query("SELECT id FROM nominations_election WHERE slug = $1", [slug])).rows[0].id as number);
  await gotoHydrated(staff, `/admin/nominations/${electionId}/`);
  await staff.getByLabel(/Nominee's username for nomination/).fill(`nominee${run}`);
  await staff.getByRole("button", { name: "Link", exact: true }).click();
  // Linked, the row shows the account instead of the form. (The row already shows the typed
  // address, nominee<run>@example.org, so the form's going is what says the link was saved.)
  await expect(staff.getByLabel(/Nominee's username for nomination/)).toHaveCount(0, { timeout: 15_000 });
  await expect(
    staff.getByRole("region", { name: "Nominations" }).getByRole("row", { name: /Arne Berg/ }),
  ).toContainText(`nominee${run}`, { timeout: 15_000 });

  // Arne accepts from his nominations page.
  await gotoHydrated(nominee, "/users/nominations/");
  await nominee.getByRole("region", { name: "Nominations received" }).getByRole("link", { name: "Accept" }).click();
  await nominee.getByLabel("I accept this nomination").check();
  await nominee.getByRole("button", { name: "Save" }).click();
  await expect(nominee.locator("dt", { hasText: "Accepted" }).locator("+ dd")).toHaveText("Yes", { timeout: 15_000 });
  // Only the nominee may accept.
  expect((await nominator.request.get(`${nominationUrl}accept/`, { maxRedirects: 0 })).status()).toBe(403);

  // Staff approve Arne (not Ingrid): then the window closes.
  await gotoHydrated(staff, `/admin/nominations/${electionId}/`);
  const nominees = staff.getByRole("region", { name: "Nominees" });
  await nominees.getByRole("row", { name: /Arne Berg/ }).getByRole("button", { name: /^Approve/ }).click();
  await expect(nominees.getByRole("row", { name: /Arne Berg/ })).toContainText("Unapprove", { timeout: 15_000 });

  // While open, visitors see no nominees.
  const anon = await browser.newPage();
  await gotoHydrated(anon, `/nominations/elections/${slug}/nominees/`);
  await expect(anon.getByText("No nominees to show.")).toBeVisible();

  await withDb((c) => c.query("UPDATE nominations_election SET nominations_close_at = now() - interval '1 minute' WHERE slug = $1", [slug]));
  await gotoHydrated(anon, `/nominations/elections/${slug}/nominees/`);
  const list = anon.getByRole("list", { name: "Nominees" });
  await expect(list.getByRole("link")).toHaveText(["Arne Berg"]);
  await list.getByRole("link", { name: "Arne Berg" }).click();
  await expect(anon.getByRole("heading", { name: "Arne Berg" })).toBeVisible();
  // Ingrid was accepted but never approved: her page stays hidden.
  expect((await anon.request.get(`/nominations/elections/${slug}/nominees/ingrid-haugen/`)).status()).toBe(404);
  // After the close nobody edits or accepts.
  expect((await nominee.request.get(`${nominationUrl}accept/`, { maxRedirects: 0 })).status()).toBe(403);
  expect((await nominee.request.get(`${nominationUrl}edit/`, { maxRedirects: 0 })).status()).toBe(403);
  expect((await nominator.request.get(`/nominations/${slug}/create/`, { maxRedirects: 0 })).status()).toBe(404);

  await Promise.all([self, nominator, nominee, staff, anon].map((p) => p.close()));
});

test("the statement preview needs a signed-in visitor and renders as a save stores", async ({ browser, request, baseURL }) => {
  const headers = { origin: baseURL!, "content-type": "application/json" };
  expect((await request.post("/nominations/statement-preview/", { headers, data: { text: "hi" } })).status()).toBe(401);
  const page = await browser.newPage();
  await signInAs(page, "bob");
  const res = await page.request.post("/nominations/statement-preview/", {
    headers,
    data: { text: "**bold** [x](javascript:alert(1)) <b>raw</b>" },
  });
  expect(res.status()).toBe(200);
  const { html } = (await res.json()) as { html: string };
  expect(html).toContain("<strong>bold</strong>");
  expect(html).toContain("&lt;b&gt;raw&lt;/b&gt;");
  expect(html).not.toContain("javascript:");
  await page.close();
});
