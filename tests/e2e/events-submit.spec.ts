import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";
import { waitForMail } from "./support/mail";

// Issue #14, submission and moderation: a signed-in visitor submits an event, it waits as
// pending (not on the calendar), an events moderator (a group, not staff) approves it and it
// appears on the calendar page and in events.ics; a rejected one never appears; the submitter is
// mailed on each decision through the SMTP sink. Visitors signed out are sent to sign in.
test.setTimeout(120_000);

// beforeAll runs in every worker that takes a test of this file (fullyParallel), and again in the
// same worker when it comes back to the file after another one, with this module (and its stamp)
// already loaded: two workers must not make the same users, and one worker makes them once.
let usersMade = false;
const stamp = `${Date.now().toString(36)}w${process.env.TEST_WORKER_INDEX ?? "0"}`;
const submitter = `evsub${stamp}`;
const rejected = `evrej${stamp}`;
const moderator = `evmod${stamp}`;
const PASSWORD = "Quiet-Harbour-Lanterns-42";

test.beforeAll(async () => {
  if (usersMade) return;
  usersMade = true;
  await createUser(submitter, PASSWORD);
  await createUser(rejected, PASSWORD);
  await createUser(moderator, PASSWORD);
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user_groups (user_id, group_id)
       SELECT u.id, g.id FROM users_user u, auth_group g WHERE u.username = $1 AND g.name = 'Events Moderator'`,
      [moderator],
    ),
  );
});

async function submit(page: Page, name: string) {
  await gotoHydrated(page, "/events/submit/");
  const form = page.getByRole("form", { name: "Submit an event" });
  await form.getByLabel("Calendar").selectOption({ label: "Python Events Calendar" });
  await form.getByLabel("Event name").fill(name);
  await form.getByLabel("Event type").fill("Workshop");
  await form.getByLabel("Python focus").fill("Testing");
  await form.getByLabel("Expected attendees").fill("40");
  await form.getByLabel("Location").fill("Online");
  await form.getByLabel("Starts").fill("2027-02-10T18:00");
  await form.getByLabel("Ends").fill("2027-02-10T20:00");
  await form.getByLabel("Time zone of these times").fill("Europe/Berlin");
  await form.getByLabel("Website URL").fill("https://example.org/workshop");
  await form.getByLabel("Description").fill("An evening of property-based testing with Hypothesis.");
  await form.getByRole("button", { name: "Submit event" }).click();
  await expect(page).toHaveURL(/\/events\/submit\/thanks\/$/, { timeout: 15_000 });
}

const idOf = (title: string) =>
  withDb(
    async (c) =>
      (
        await c.query<{ id: number; status: string }>(
          "SELECT id, status FROM events_event WHERE title = $1",
          [title],
        )
      ).rows[0]!,
  );

test("signed out, the form sends you to sign in; an empty form shows its errors and stores nothing", async ({
  page,
}) => {
  const res = await page.request.get("/events/submit/", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/accounts/login/");
  await signInAs(page, submitter, PASSWORD);
  await gotoHydrated(page, "/events/submit/");
  await page.getByRole("button", { name: "Submit event" }).click();
  await expect(page.getByText("Enter the event's name.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Enter a web address starting with https:// or http://.")).toBeVisible();
  await expect(page).toHaveURL(/\/events\/submit\/$/);
});

test("submit → pending → a moderator approves → on the calendar and in events.ics; the submitter is mailed", async ({
  browser,
}) => {
  const title = `Hypothesis evening ${stamp}`;
  const visitor = await browser.newPage();
  await signInAs(visitor, submitter, PASSWORD);
  await submit(visitor, title);
  const { id, status } = await idOf(title);
  expect(status).toBe("pending");
  expect((await visitor.request.get(`/events/python-events/${id}/`)).status()).toBe(404);
  expect(await (await visitor.request.get("/events/python-events/events.ics")).text()).not.toContain(title);
  expect((await waitForMail("events@python.org", 1)).subject).toContain("New event submission");

  const mod = await browser.newPage();
  await signInAs(mod, moderator, PASSWORD);
  expect((await mod.request.get("/admin/events/", { maxRedirects: 0 })).status()).toBe(403);
  await gotoHydrated(mod, "/admin/events/moderation/");
  const card = mod.getByRole("article", { name: title });
  await card.getByRole("button", { name: `Approve ${title}` }).click();
  // Decided, it leaves the queue (the queue page is revalidated).
  await expect(card).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(async () => (await idOf(title)).status, { timeout: 15_000 }).toBe("published");

  const anon = await browser.newPage();
  await anon.goto("/events/python-events/");
  await expect(anon.getByRole("link", { name: title })).toBeVisible();
  await anon.goto(`/events/python-events/${id}/`);
  await expect(anon.getByTestId("event-date")).toContainText("10 Feb. from 6pm GMT+1 to 8pm GMT+1, 2027");
  const ics = await (await anon.request.get("/events/python-events/events.ics")).text();
  expect(ics).toContain(`SUMMARY:${title}`);
  expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20270210T180000");
  const mail = await waitForMail(`${submitter}@example.org`, 1);
  expect(mail.subject).toBe(`Your event "${title}" is published`);
  await Promise.all([visitor.close(), mod.close(), anon.close()]);
});

test("a rejected submission never appears, and the submitter is told why", async ({ browser }) => {
  const title = `Crypto giveaway ${stamp}`;
  const visitor = await browser.newPage();
  await signInAs(visitor, rejected, PASSWORD);
  await submit(visitor, title);
  const mod = await browser.newPage();
  await signInAs(mod, moderator, PASSWORD);
  await gotoHydrated(mod, "/admin/events/moderation/");
  const card = mod.getByRole("article", { name: title });
  await card
    .getByLabel("Comment for the submitter (needed to reject)")
    .fill("This is not a Python community event.");
  await card.getByRole("button", { name: `Reject ${title}` }).click();
  await expect(card).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(async () => (await idOf(title)).status, { timeout: 15_000 }).toBe("rejected");
  const { id, status } = await idOf(title);
  expect(status).toBe("rejected");
  expect((await mod.request.get(`/events/python-events/${id}/`)).status()).toBe(404);
  expect(await (await mod.request.get("/events/python-events/events.ics")).text()).not.toContain(title);
  const mails = await waitForMail(`${rejected}@example.org`, 1);
  expect(mails.subject).toBe(`Your event "${title}" was not accepted`);
  expect(mails.text).toContain("This is not a Python community event.");
  await Promise.all([visitor.close(), mod.close()]);
});
