// Query budget (issue #22 Build 4, issue #14 "Must show"): the SQL statements one uncached render
// of each events page sends, counted with tests/support/sql-statements.ts. Each case calls what the
// page (and its generateMetadata) loads, with Next's cache bypassed, so every loader runs.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { countStatements, listStatements } from "@/tests/support/sql-statements";
import { refreshOccurrences } from "./occurrence/mutations";

// An uncached render: "use cache" is a no-op outside Next's compiler, and so are its tags.
vi.mock("next/cache", () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

const { loadCalendar, loadCalendarEvents, loadCalendars, loadEvent, loadEventsBy, loadEventsFromDate, loadEventsHome, loadTaxonomy } =
  await import("./loaders");

const DAY = 86_400_000;
const now = Date.now();
const slug = `budget-${process.pid}-${now}`;
let calendarId = 0;
let venueId = 0;
let eventId = 0;
let categorySlug = "";

beforeAll(async () => {
  const calendar = await db.calendar.create({ data: { slug, name: "Budget calendar", timeZone: "Europe/Berlin" } });
  calendarId = calendar.id;
  venueId = (await db.eventLocation.create({ data: { calendarId, name: "Hall", timeZone: "Asia/Tokyo" } })).id;
  categorySlug = `${slug}-cat`;
  const category = await db.eventCategory.create({ data: { calendarId, name: "Cat", slug: categorySlug } });
  const ids: number[] = [];
  const at = (d: number) => new Date(now + d * DAY);
  for (let i = -3; i <= 8; i++) {
    const e = await db.event.create({
      data: {
        title: `Event ${i}`,
        calendarId,
        featured: i === 4,
        venueId: i % 2 === 0 ? venueId : null,
        categories: i % 3 === 0 ? { create: [{ categoryId: category.id }] } : undefined,
        occurringRule: { create: { dtStart: at(i - 0.1), dtEnd: at(i + 0.1) } },
      },
    });
    ids.push(e.id);
  }
  const weekly = await db.event.create({
    data: {
      title: "Weekly",
      calendarId,
      venueId,
      recurringRules: { create: [{ begin: at(-20), finish: at(60), frequency: 2, durationInternalSeconds: 3600 }] },
    },
  });
  ids.push(weekly.id);
  await refreshOccurrences(ids, new Date(now));
  eventId = ids[5]!; // Event 2: upcoming, with a venue, neighbours both sides
});

afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
});

const BUDGET = 6;

async function expectWithin<T>(render: () => Promise<T>, check: (result: T) => void) {
  const { result, statements } = await countStatements(render);
  check(result);
  expect(statements.length, listStatements(statements)).toBeLessThanOrEqual(BUDGET);
  return statements.length;
}

describe(`events pages send at most ${BUDGET} SQL statements per uncached render`, () => {
  it("/events/", async () => {
    await expectWithin(() => loadEventsHome(1), (d) => {
      expect(d.happening.length).toBeGreaterThan(0);
      expect(d.upcoming.items.length).toBeGreaterThan(0);
      expect(d.missed.length).toBeGreaterThan(0);
      expect(d.calendars.map((c) => c.slug)).toContain(slug);
    });
  });

  it("/events/calendars/", async () => {
    await expectWithin(() => loadCalendars(), (d) => expect(d.map((c) => c.slug)).toContain(slug));
  });

  it("/events/<cal>/ (page and its metadata)", async () => {
    await expectWithin(
      () => Promise.all([loadCalendar(slug), loadCalendarEvents(slug, "upcoming", 1)]),
      ([calendar, d]) => {
        expect(calendar.id).toBe(calendarId);
        expect(d.events.items).toHaveLength(6);
        expect(d.events.total).toBe(9); // Event 1…8 and the weekly one; Event 0 is happening now
        expect(d.justMissed).toHaveLength(2);
        expect(d.featured?.title).toBe("Event 4");
        expect(d.categories.map((c) => c.slug)).toEqual([categorySlug]);
        expect(d.locations.map((l) => l.id)).toEqual([venueId]);
      },
    );
  });

  it("/events/<cal>/past/", async () => {
    await expectWithin(
      () => Promise.all([loadCalendar(slug), loadCalendarEvents(slug, "past", 1)]),
      ([, d]) => expect(d.events.items.map((e) => e.title)).toEqual(["Event -1", "Event -2", "Event -3", "Weekly"]),
    );
  });

  it("/events/<cal>/date/YYYY/MM/DD/", async () => {
    const day = new Date(now + 5 * DAY);
    await expectWithin(() => loadEventsFromDate(slug, day, 1), (d) => expect(d.events.items[0]!.start.getTime()).toBeGreaterThan(day.getTime()));
  });

  it("/events/<cal>/<pk>/ (page and its metadata)", async () => {
    await expectWithin(
      () => Promise.all([loadEvent(slug, String(eventId)), loadCalendar(slug)]),
      ([d]) => {
        expect(d.event.title).toBe("Event 2");
        expect(d.previous).not.toBeNull();
        expect(d.next).not.toBeNull();
        expect(d.atVenue.length).toBeGreaterThan(0);
      },
    );
  });

  it("categories and locations, their lists and filtered listings", async () => {
    await expectWithin(() => loadTaxonomy(slug, "categories", 1), (d) => expect(d.total).toBe(1));
    await expectWithin(() => loadTaxonomy(slug, "locations", 1), (d) => expect(d.total).toBe(1));
    await expectWithin(() => loadEventsBy(slug, "category", categorySlug, 1), (d) => expect(d.events.items.map((e) => e.title)).toEqual(["Event 3", "Event 6"]));
    await expectWithin(() => loadEventsBy(slug, "location", String(venueId), 1), (d) => expect(d.events.items[0]!.title).toBe("Weekly"));
  });
});
