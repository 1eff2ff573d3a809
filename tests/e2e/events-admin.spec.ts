import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

// Issue #14: the events admin's change form (the one-off rule in the form, recurring rules
// inline, refused input kept) and the daily mail of the next day's events, opted into on
// /users/edit/ and sent by its cron through the SMTP sink.
test.setTimeout(120_000);
const stamp = Date.now().toString(36);

async function insertEvent(title: string, start: Date | null) {
  return withDb(async (c) => {
    const { rows } = await c.query<{ id: number }>(
      `INSERT INTO events_event (title, calendar_id, updated, status)
       SELECT $1, id, now(), 'published' FROM events_calendar WHERE slug = 'python-events' RETURNING id`,
      [title],
    );
    const id = rows[0]!.id;
    if (start) {
      const end = new Date(start.getTime() + 2 * 3_600_000);
      await c.query(`INSERT INTO events_occurringrule (event_id, dt_start, dt_end) VALUES ($1, $2, $3)`, [id, start, end]);
      await c.query(`INSERT INTO events_occurrence (event_id, start, "end") VALUES ($1, $2, $3)`, [id, start, end]);
    }
    return id;
  });
}

test("staff edit an event, its one-off time and a recurring rule; the calendar shows the change", async ({ page }) => {
  const id = await insertEvent(`Admin edit ${stamp}`, null);
  await signInAs(page, "staff");
  await gotoHydrated(page, `/admin/events/${id}/`);
  await expect(page.getByTestId("occurrence-count")).toContainText("0 occurrences");

  const form = page.getByRole("form", { name: "Event" });
  await form.getByLabel("Title").fill(`Edited in the admin ${stamp}`);
  await form.getByLabel("One-off start (UTC)").fill("2028-03-01T10:00");
  await form.getByRole("button", { name: "Save event" }).click();
  // Half a one-off rule is refused, and what was typed stays.
  await expect(form.getByText("Enter the end too, or clear the start.")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue(`Edited in the admin ${stamp}`);
  await form.getByLabel("One-off end (UTC)").fill("2028-03-01T12:00");
  await form.getByRole("button", { name: "Save event" }).click();
  await expect(form.getByRole("status")).toHaveText("Event saved.", { timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId("occurrence-count")).toContainText("1 occurrence in");

  const rule = page.getByRole("form", { name: "Add a recurring rule" });
  await rule.getByLabel("First start (UTC)").fill("2028-03-02T18:00");
  await rule.getByLabel("Repeat until (UTC)").fill("2028-03-24T18:00");
  await rule.getByLabel("Repeats").selectOption({ label: "Weekly" });
  await rule.getByLabel("Duration").fill("a while");
  await rule.getByRole("button", { name: "Add rule" }).click();
  await expect(rule.getByText("Enter a duration such as 2 hours")).toBeVisible();
  await rule.getByLabel("Duration").fill("90 min");
  await rule.getByRole("button", { name: "Add rule" }).click();
  await expect(rule.getByRole("status")).toHaveText("Recurring rule added.", { timeout: 20_000 });
  const rules = page.getByRole("table", { name: "Recurring rules" });
  await expect(rules.getByRole("row").filter({ hasText: "Every week" })).toContainText("90 min");
  // The one-off time and four weekly ones (2, 9, 16 and 23 March), at once. (A year out, so the
  // calendar's first pages, which other specs read, stay as seeded.)
  await expect(page.getByTestId("occurrence-count")).toContainText("5 occurrences");

  await page.goto(`/events/python-events/${id}/`);
  await expect(page.getByRole("heading", { name: `Edited in the admin ${stamp}` })).toBeVisible();
});

// The mail itself (tomorrow's events, once per person and day) is checked against the mail log in
// lib/events/digest/mutations.db.test.ts: an event made here for tomorrow would enter the home
// page's five upcoming events that home.spec.ts reads.
test("the next day's events by mail: the opt-in on the profile settings is kept per person", async ({ page, browser }) => {
  const username = `digest${stamp}`;
  const password = "Evening-Digest-Reader-77";
  await createUser(username, password);
  await createUser(`${username}b`, password);

  await signInAs(page, username, password);
  await gotoHydrated(page, "/users/edit/");
  const box = page.getByLabel("Mail me the next day's Python events every day");
  await expect(box).not.toBeChecked();
  await box.check();
  await page.getByRole("button", { name: "Save event mail setting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "next day's events by mail" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Mail me the next day's Python events every day")).toBeChecked();
  const stored = await withDb((c) =>
    c.query(`SELECT u.username FROM events_digestsubscription d JOIN users_user u ON u.id = d.user_id WHERE u.username LIKE $1`, [`${username}%`]),
  );
  expect(stored.rows.map((r: { username: string }) => r.username)).toEqual([username]);

  // Someone else's page starts unchecked; turning it off again is kept too.
  const other = await browser.newPage();
  await signInAs(other, `${username}b`, password);
  await gotoHydrated(other, "/users/edit/");
  await expect(other.getByLabel("Mail me the next day's Python events every day")).not.toBeChecked();
  await other.close();
  await page.getByLabel("Mail me the next day's Python events every day").uncheck();
  await page.getByRole("button", { name: "Save event mail setting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "no more daily event mail" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Mail me the next day's Python events every day")).not.toBeChecked();
});
