import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";
import { waitForMail } from "./support/mail";

test.setTimeout(120_000);
const PASSWORD = "membership-e2e-password";

// §0.5 / §8.6: /membership/ answers 404 while psf_membership is off and 200 once staff turn it on
// for everyone in the flag admin (the page is cached; the flag edit revalidates it).
test("the membership landing follows the psf_membership flag edited in the admin", async ({ page, request }) => {
  expect((await request.get("/membership/")).status()).toBe(404);
  await signInAs(page, "staff");
  await gotoHydrated(page, "/admin/flags/");
  await page.getByRole("link", { name: "psf_membership" }).click();
  await page.getByLabel("Everyone").selectOption("yes");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await request.get("/membership/")).status(), { timeout: 15_000 }).toBe(200);
  const landing = await request.get("/membership/");
  expect(await landing.text()).toContain("Become a PSF Basic member");
  // Back to python.org's fixture (unknown: off for visitors).
  await page.getByLabel("Everyone").selectOption("");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await request.get("/membership/")).status(), { timeout: 15_000 }).toBe(404);
});

test("a member signs up for PSF membership, edits it and affirms the vote", async ({ page }) => {
  const username = `member${Date.now() % 1_000_000}`;
  await createUser(username, PASSWORD);
  await signInAs(page, username, PASSWORD);

  await gotoHydrated(page, "/users/membership/");
  await expect(page.getByLabel("Email address")).toHaveValue(`${username}@example.org`);
  await page.getByLabel("Legal name").fill("Marta Lindqvist");
  await page.getByLabel("Preferred name").fill("Marta");
  await page.getByLabel("City").fill("Uppsala");
  await page.getByLabel("State, province or region").fill("Uppsala County");
  await page.getByLabel("Country").fill("Sweden");
  await page.getByLabel("Postal code").fill("753 10");
  await page.getByLabel("I would like to be a PSF Voting Member").check();
  await page.getByLabel("Subscribe me to the PSF members announcements list").check();
  await page.getByRole("button", { name: "Become a PSF Basic member" }).click();
  // The code of conduct must be agreed; nothing typed is lost.
  await expect(page.locator("#field-psfCodeOfConduct-error")).toHaveText("Agreeing to the code of conduct is required.", {
    timeout: 15_000,
  });
  await expect(page.getByLabel("Legal name")).toHaveValue("Marta Lindqvist");
  await page.getByLabel("I agree to the PSF Code of Conduct").selectOption("yes");
  await page.getByRole("button", { name: "Become a PSF Basic member" }).click();
  await expect(page).toHaveURL(/\/users\/membership\/thanks\/$/, { timeout: 15_000 });

  // Joining with announcements on asks the members-announce list to subscribe the account.
  const mail = await waitForMail("psf-members-announce-request@python.org");
  expect(mail.from).toContain(`${username}@example.org`);
  expect(mail.text.trim()).toBe("subscribe");

  // A member asking to join is sent to the edit form, which has no code of conduct field.
  await gotoHydrated(page, "/users/membership/");
  await expect(page).toHaveURL(/\/users\/membership\/edit\/$/);
  await expect(page.getByLabel("I agree to the PSF Code of Conduct")).toHaveCount(0);
  await page.getByLabel("City").fill("Stockholm");
  await page.getByRole("button", { name: "Save my membership" }).click();
  await expect(page).toHaveURL(/\/users\/membership\/thanks\/$/, { timeout: 15_000 });
  await gotoHydrated(page, "/users/membership/edit/");
  await expect(page.getByLabel("City")).toHaveValue("Stockholm");

  // The profile says so.
  await gotoHydrated(page, `/users/${username}/`);
  await expect(page.locator("dt", { hasText: "PSF Basic Member?" }).locator("+ dd")).toHaveText("Yes");
  await expect(page.getByRole("link", { name: "Edit your PSF Basic membership" })).toBeVisible();

  // A year and more later the vote must be affirmed.
  await withDb((c) =>
    c.query(
      `UPDATE users_membership SET last_vote_affirmation = now() - interval '400 days'
       WHERE creator_id = (SELECT id FROM users_user WHERE username = $1)`,
      [username],
    ),
  );
  await gotoHydrated(page, "/users/membership/edit/");
  await page.getByRole("link", { name: "Affirm your voting membership" }).click();
  await expect(page.getByText("more than a year ago")).toBeVisible();
  await page.getByRole("button", { name: "I affirm that I want to keep voting" }).click();
  await expect(page).toHaveURL(/\/users\/membership\/affirm\/done\/$/, { timeout: 15_000 });
  const { recent } = await withDb(
    async (c) =>
      (
        await c.query<{ recent: boolean }>(
          `SELECT last_vote_affirmation > now() - interval '1 hour' AS recent FROM users_membership
           WHERE creator_id = (SELECT id FROM users_user WHERE username = $1)`,
          [username],
        )
      ).rows[0]!,
  );
  expect(recent).toBe(true);

  // Leaving: the membership is deleted and the profile says No.
  await gotoHydrated(page, "/users/membership/edit/");
  await page.getByRole("link", { name: "Delete my membership" }).click();
  await expect(page).toHaveURL(new RegExp(`/users/membership/delete/${username}/$`));
  await expect(page.getByRole("heading", { name: "Delete your PSF membership?" })).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete my membership" }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${username}/$`), { timeout: 15_000 });
  await expect(page.locator("dt", { hasText: "PSF Basic Member?" }).locator("+ dd")).toHaveText("No");
});

test("staff filter members by type and voting and export the CSV", async ({ page }) => {
  await signInAs(page, "staff");
  await gotoHydrated(page, "/admin/membership/?type=5");
  const list = page.getByRole("table", { name: "PSF members" });
  await expect(list).toContainText("Tomáš Novák");
  await expect(list).not.toContainText("Priya Raman");
  await gotoHydrated(page, "/admin/membership/?affirmation=due");
  await expect(list).toContainText("Grace Okafor");
  await expect(list).not.toContainText("Priya Raman");
  const csv = await page.request.get("/admin/membership/export/?votes=yes");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("Membership type,Creator,Email address,Votes,Last vote affirmation");
  expect(lines).toContainEqual(expect.stringMatching(/^Fellow,tomas\.novak,tomas\.novak@example\.org,True,\d{4}-/));
  expect(lines.some((l) => l.includes("kenji.mori"))).toBe(false);
  // Not for a normal user.
  const bob = await page.context().browser()!.newPage();
  await signInAs(bob, "bob");
  expect((await bob.request.get("/admin/membership/export/")).status()).toBe(403);
  await bob.close();
});
