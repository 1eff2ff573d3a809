import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { mailTo } from "./support/mail";
import type { ReceivedMail } from "./support/smtp-sink";

/** The first message to `address` whose subject contains `part` (mail is sent after the response). */
async function mailWith(address: string, part: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => (found = (await mailTo(address)).find((m) => m.subject.includes(part))) !== undefined, {
      message: `mail to ${address} about ${part}`,
      timeout: 15_000,
    })
    .toBe(true);
  return found!;
}

// Issue #16 (§2.8, §1.7, §8.6): the success stories pages, the submission form and its review.

test("the list, a category and a story; drafts and unknown slugs are 404", async ({ page }) => {
  const list = await page.goto("/success-stories/");
  expect(list?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Python Success Stories" })).toBeVisible();
  // StoryQuerySet.latest(): the four newest published stories, newest first. Other tests publish
  // stories while this one runs, so the page is compared with the database (reloading while the
  // cache catches up) rather than with the seed's titles.
  const titles = page.locator("#stories-title ~ ul > li h2");
  const latest = () =>
    withDb(async (c) =>
      (
        await c.query<{ name: string }>(
          "SELECT name FROM successstories_story WHERE is_published ORDER BY created DESC, id DESC LIMIT 4",
        )
      ).rows.map((r) => r.name),
    );
  await expect(titles).toHaveCount(4);
  await expect
    .poll(
      async () => {
        const [shown, expected] = [await titles.allTextContents(), await latest()];
        if (shown.join("|") !== expected.join("|")) await page.reload();
        return shown.join("|") === expected.join("|") ? "same" : `${shown.join("|")} ≠ ${expected.join("|")}`;
      },
      { timeout: 20_000 },
    )
    .toBe("same");
  // The seeded draft is never listed.
  await expect(page.getByText("A museum audio guide on a Raspberry Pi")).toHaveCount(0);
  await expect(page.locator('[data-box="successstory-submityours"]')).toContainText("Submit your story");

  await page.getByRole("navigation", { name: "Story categories" }).getByRole("link", { name: "Engineering" }).click();
  await expect(page).toHaveURL(/\/success-stories\/category\/engineering\/$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engineering success stories");
  await page.getByRole("link", { name: "Automating a wind farm's maintenance schedule" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Automating a wind farm's maintenance schedule", {
    timeout: 15_000,
  });
  // The linked company (lib/companies) gives the name, site and its "about".
  await expect(page.getByRole("heading", { name: "About Northwind Energy" })).toBeVisible();
  await expect(page.getByText("Northwind Energy runs its wind-farm forecasting on Python.")).toBeVisible();

  for (const path of [
    "/success-stories/draft-museum-audio-guide/",
    "/success-stories/no-such-story/",
    "/success-stories/category/no-such-category/",
  ])
    expect([path, (await page.request.get(path)).status()]).toEqual([path, 404]);
});

test("the form asks visitors to sign in, and refuses a taken name and NUL characters", async ({ page }) => {
  const res = await page.request.get("/success-stories/create/", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/accounts/login/");

  await signInAs(page, "bob");
  await gotoHydrated(page, "/success-stories/create/");
  await page.getByLabel("Story name").fill("Teaching a first programming course");
  await page.getByLabel("Company name").fill("Somewhere");
  await page.getByLabel("Company URL").fill("https://example.org/");
  await page.getByLabel("Category").selectOption({ label: "Education" });
  await page.getByLabel("Author", { exact: true }).fill("Bob");
  await page.getByLabel("Pull quote").fill("Something\u0000 odd");
  await page.getByRole("button", { name: "Submit your story" }).click();
  await expect(page.getByText("Null characters are not allowed.")).toBeVisible({ timeout: 15_000 });
  // Nothing typed is lost.
  await expect(page.getByLabel("Company name")).toHaveValue("Somewhere");
  await page.getByLabel("Pull quote").fill("Something odd");
  await page.getByRole("button", { name: "Submit your story" }).click();
  await expect(page.getByText("Please use a unique name.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Story name")).toHaveValue("Teaching a first programming course");
  await expect(page.getByLabel("Category")).toHaveValue(/\d+/);
});

test("a user submits a story, staff get the mail and publish it: list, category and search", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `Sorting seeds for a village library ${stamp}`;
  await signInAs(page, "alice");
  await gotoHydrated(page, "/success-stories/create/");
  await page.getByLabel("Story name").fill(name);
  await page.getByLabel("Company name").fill("Greenhill Seed Library");
  await page.getByLabel("Company URL").fill("https://example.org/greenhill");
  await page.getByLabel("Category").selectOption({ label: "Government" });
  await page.getByLabel("Author", { exact: true }).fill("Alice Gardener");
  await page.getByLabel("Author email (optional)").fill(`alice.${stamp}@example.org`);
  await page.getByLabel("Pull quote").fill(`A forty-line script keeps track of ${stamp} packets of seeds.`);
  await page.getByLabel("Content").fill("We catalogue **every** packet with a short Python script.");
  await page.getByRole("button", { name: "Submit your story" }).click();
  await expect(
    page.getByText("Your success story submission has been recorded. It will be reviewed by the PSF staff and published."),
  ).toBeVisible({ timeout: 15_000 });

  // models.py: the PSF staff hear of it, with reply-to the author.
  const mail = await mailWith("psf-staff@python.org", String(stamp));
  expect(mail.subject).toBe(`New success story submission: ${name}`);
  expect(mail.text).toContain("Company name: Greenhill Seed Library");
  expect(mail.text).toMatch(/Review: https?:\/\/\S+\/admin\/success-stories\/\d+\//);
  const logged = await withDb(async (c) =>
    (await c.query("SELECT reply_to FROM mailing_emaillog WHERE subject = $1", [mail.subject])).rows[0],
  );
  expect(logged.reply_to).toBe(`alice.${stamp}@example.org`);
  const story = await withDb(async (c) =>
    (
      await c.query("SELECT s.id, s.slug, s.is_published, s.creator_id, u.username FROM successstories_story s JOIN users_user u ON u.id = s.submitted_by_id WHERE s.name = $1", [name])
    ).rows[0],
  );
  expect(story).toMatchObject({ is_published: false, creator_id: null, username: "alice" });
  expect((await page.request.get(`/success-stories/${story.slug}/`)).status()).toBe(404);

  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  await gotoHydrated(staff, "/admin/success-stories/?published=no");
  const row = staff.getByRole("row").filter({ hasText: name });
  await row.getByRole("button", { name: `Publish ${name}` }).click();
  // Published, it leaves the queue of drafts.
  await expect(staff.getByRole("row").filter({ hasText: name })).toHaveCount(0, { timeout: 15_000 });
  await staff.goto(`/admin/success-stories/?q=${stamp}`);
  await expect(staff.getByRole("row").filter({ hasText: name }).getByRole("button", { name: `Withdraw ${name}` })).toBeVisible();
  // Beyond python.org: the submitter hears that it is published.
  const notice = await mailWith("alice@example.org", "Your success story is published");
  expect(notice.text).toContain(`/success-stories/${story.slug}/`);
  await staff.close();

  await expect(async () => {
    await page.goto("/success-stories/");
    await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.goto("/success-stories/category/government/");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("article strong")).toHaveText("every");
  await expect(async () => {
    await page.goto(`/search/?q=${stamp}`);
    await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
