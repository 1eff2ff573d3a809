import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./support/auth";
import { withDb } from "./support/db";

// Issue #14, public pages (§2.6): the events home, calendars, a calendar's upcoming and past
// events, categories, locations, the date view and an event's page, on the seeded demo events;
// unknown calendars, categories, locations and events of another calendar answer 404.
const eventId = (uid: string) =>
  withDb(async (c) => (await c.query<{ id: number }>("SELECT id FROM events_event WHERE uid = $1", [uid])).rows[0]!.id);

test("the events home shows what is on now, upcoming events once each, just missed and the featured hero", async ({ page }) => {
  await page.goto("/events/");
  await expect(page.getByRole("heading", { level: 1, name: "Python Events" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Featured Python Event" }).or(page.locator("#featured-event"))).toContainText("PyCon Harbour");
  await expect(page.getByRole("region", { name: "Happening Now" })).toContainText("Packaging summit (online)");
  const upcoming = page.getByRole("region", { name: "Upcoming Events" });
  // A weekly meetup is listed once, by its next time, not once per rule or per occurrence.
  await expect(upcoming.getByRole("link", { name: "Utrecht Python meetup" })).toHaveCount(1);
  await expect(upcoming).toContainText("Typing community call");
  await expect(upcoming).not.toContainText("Core development sprint");
  await expect(page.getByRole("region", { name: "You just missed..." })).toContainText("PyLadies winter social");
});

test("a calendar lists its upcoming events 6 a page, with past, category, location and date views", async ({ page, request }) => {
  await page.goto("/events/calendars/");
  await page.getByRole("link", { name: "Python User Group Calendar" }).click();
  await expect(page).toHaveURL(/\/events\/python-user-group\/$/);
  const listing = page.getByRole("region", { name: "Upcoming Events" });
  await expect(listing).toContainText("Chicago Python project night");
  await expect(listing).toContainText("Bengaluru Python Saturday");
  await expect(listing).not.toContainText("PyCon Harbour");

  await page.goto("/events/python-events/past/");
  await expect(page.getByRole("region", { name: "Past Events" })).toContainText("Core development sprint");
  await page.goto("/events/python-events/categories/");
  await page.getByRole("link", { name: "Workshop" }).click();
  await expect(page.getByRole("region", { name: "Upcoming Events" })).toContainText("Django beginners' workshop, Tokyo");
  await page.goto("/events/python-events/locations/");
  await page.getByRole("link", { name: "Lakeside Forum" }).click();
  await expect(page.getByRole("region", { name: "Upcoming Events" })).toContainText("PyData Lakeside");

  await page.goto("/events/python-events/");
  await page.getByRole("link", { name: "From 30 days on" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Events from");
  const fromThirty = page.getByRole("region", { name: "Upcoming Events" });
  await expect(fromThirty).toContainText("PyData Lakeside");
  await expect(fromThirty).not.toContainText("PyCon Harbour");

  for (const path of [
    "/events/no-such-calendar/",
    "/events/no-such-calendar/past/",
    "/events/python-events/categories/no-such-category/",
    "/events/python-events/locations/999999/",
    "/events/python-events/date/2026/02/30/",
    "/events/python-events/?page=99",
    "/events/python-events/999999/",
  ])
    expect({ path, status: (await request.get(path)).status() }).toEqual({ path, status: 404 });
  // An event is only found under its own calendar.
  const meetup = await eventId("demo-utrecht-meetup");
  expect((await request.get(`/events/python-events/${meetup}/`)).status()).toBe(404);
});

test("an event's page shows venue, the date line in the event's zone, the description and its neighbours", async ({ page }) => {
  const lakeside = await eventId("demo-pydata-lakeside");
  await gotoHydrated(page, `/events/python-events/${lakeside}/`);
  await expect(page.getByRole("heading", { level: 1, name: "PyData Lakeside" })).toBeVisible();
  await expect(page.getByText("Lakeside Forum, Seestrasse 12, Zurich, Switzerland")).toBeVisible();
  await expect(page.getByTestId("event-date")).toContainText(/^\d{2} \S+ from 9am GMT\+1 to 5:30pm GMT\+1, \d{4}/);
  await expect(page.getByText("A one-day conference on data tooling")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Previous and next events" }).getByRole("link")).not.toHaveCount(0);

  const harbour = await eventId("demo-pycon-harbour");
  await page.goto(`/events/python-events/${harbour}/`);
  // All day, three days: dates only, never shifted by a zone.
  await expect(page.getByTestId("event-date")).toContainText(/^From \d{2} \S+ through \d{2} \S+, \d{4}$/);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("the feeds are advertised and answer: events.ics with RRULEs, event.ics for one event, feed.rss", async ({ page, request }) => {
  await page.goto("/events/python-user-group/");
  await expect(page.getByRole("link", { name: "iCalendar feed (events.ics)" })).toHaveAttribute("href", "/events/python-user-group/events.ics");
  const ics = await request.get("/events/python-user-group/events.ics");
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(body).toContain("SUMMARY:Utrecht Python meetup");
  expect(body).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T190000/);
  expect(body).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=\d{8}T\d{6}Z/);
  expect(body).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam");

  const harbour = await eventId("demo-pycon-harbour");
  await page.goto(`/events/python-events/${harbour}/`);
  await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveAttribute("href", `/events/python-events/${harbour}/event.ics`);
  const one = await (await request.get(`/events/python-events/${harbour}/event.ics`)).text();
  expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(one).toMatch(/DTSTART;VALUE=DATE:\d{8}/);

  const rss = await request.get("/events/python-events/feed.rss");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  expect(await rss.text()).toContain("<title>PyCon Harbour</title>");
  expect((await request.get("/events/no-such-calendar/events.ics")).status()).toBe(404);
});
