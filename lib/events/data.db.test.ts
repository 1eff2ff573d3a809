// apps/events/tests/test_models.py and test_views.py (§8.2), against the occurrence table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { listEvents } from "./data";
import { getEventDetail, getNeighbour } from "./event/data";
import { refreshOccurrences } from "./occurrence/mutations";

const DAY = 86_400_000;
const now = new Date();
const slug = `test-cal-${process.pid}-${Date.now()}`;
let calendarId = 0;

async function makeEvent(title: string, rules: { occurring?: [number, number]; recurring?: [number, number, number?] }, extra: object = {}) {
  const e = await db.event.create({
    data: {
      title,
      calendarId,
      ...extra,
      ...(rules.occurring
        ? { occurringRule: { create: { dtStart: new Date(now.getTime() + rules.occurring[0] * DAY), dtEnd: new Date(now.getTime() + rules.occurring[1] * DAY) } } }
        : {}),
      ...(rules.recurring
        ? {
            recurringRules: {
              create: [
                {
                  begin: new Date(now.getTime() + rules.recurring[0] * DAY),
                  finish: new Date(now.getTime() + rules.recurring[1] * DAY),
                  frequency: rules.recurring[2] ?? 2,
                  durationInternalSeconds: 3600,
                },
              ],
            },
          }
        : {}),
    },
    select: { id: true },
  });
  await refreshOccurrences([e.id], now);
  return e.id;
}

beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "Test calendar", timeZone: "America/New_York" } })).id;
});
afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
});

describe("next and previous time (test_models.py)", () => {
  it("a future one-off rule is upcoming with a next time and no previous; moved to the past it flips", async () => {
    const id = await makeEvent("One-off", { occurring: [2, 3] });
    let e = await getEventDetail(slug, id, now);
    expect(e!.time!.start.getTime()).toBe(now.getTime() + 2 * DAY);
    expect(e!.isPast).toBe(false);
    expect((await listEvents("upcoming", now, { calendarId })).items.map((x) => x.id)).toContain(id);
    expect((await listEvents("past", now, { calendarId })).items.map((x) => x.id)).not.toContain(id);

    await db.occurringRule.update({ where: { eventId: id }, data: { dtStart: new Date(now.getTime() - 3 * DAY), dtEnd: new Date(now.getTime() - 2 * DAY) } });
    await refreshOccurrences([id], now);
    e = await getEventDetail(slug, id, now);
    expect(e!.isPast).toBe(true);
    expect(e!.time!.start.getTime()).toBe(now.getTime() - 3 * DAY);
    expect((await listEvents("upcoming", now, { calendarId })).items.map((x) => x.id)).not.toContain(id);
    expect((await listEvents("past", now, { calendarId })).items.map((x) => x.id)).toContain(id);
    await db.event.delete({ where: { id } });
  });

  it("a weekly recurring rule's next time is 7 days after the previous one, and it is both past and upcoming", async () => {
    const id = await makeEvent("Weekly", { recurring: [-10, 30] });
    const rows = await db.eventOccurrence.findMany({ where: { eventId: id }, orderBy: { start: "asc" } });
    expect(rows[1]!.start.getTime() - rows[0]!.start.getTime()).toBe(7 * DAY);
    const upcoming = await listEvents("upcoming", now, { calendarId });
    const past = await listEvents("past", now, { calendarId });
    // Listed once in each, by its own next (or last) time: Django's OR over joins repeated it.
    expect(upcoming.items.filter((x) => x.id === id)).toHaveLength(1);
    expect(upcoming.items.find((x) => x.id === id)!.start.getTime()).toBe(now.getTime() + 4 * DAY);
    expect(past.items.find((x) => x.id === id)!.start.getTime()).toBe(now.getTime() - 3 * DAY);
    await db.event.delete({ where: { id } });
  });

  it("with both rules the next time is the sooner; an event with no rules is in no listing", async () => {
    const both = await makeEvent("Both", { occurring: [20, 21], recurring: [1, 40, 1] });
    const none = await makeEvent("None", {});
    const e = await getEventDetail(slug, both, now);
    expect(e!.time!.start.getTime()).toBe(now.getTime() + DAY);
    expect((await getEventDetail(slug, none, now))!.time).toBeNull();
    const ids = (await listEvents("upcoming", now, { calendarId }, 100)).items.map((x) => x.id);
    expect(ids).toContain(both);
    expect(ids).not.toContain(none);
    await db.event.deleteMany({ where: { id: { in: [both, none] } } });
  });

  it("previous and next events are the neighbours in the same calendar; pending events are never shown", async () => {
    const a = await makeEvent("First", { occurring: [1, 1.1] });
    const b = await makeEvent("Second", { occurring: [2, 2.1] });
    const c = await makeEvent("Third", { occurring: [3, 3.1] });
    const hidden = await makeEvent("Pending", { occurring: [2.5, 2.6] }, { status: "pending" });
    const at = new Date(now.getTime() + 2 * DAY);
    expect((await getNeighbour(calendarId, b, at, false))?.id).toBe(a);
    expect((await getNeighbour(calendarId, b, at, true))?.id).toBe(c);
    expect(await getNeighbour(calendarId, c, new Date(now.getTime() + 3 * DAY), true)).toBeNull();
    expect(await getEventDetail(slug, hidden, now)).toBeNull();
    expect(await getEventDetail("python-events", b, now)).toBeNull();
    await db.event.deleteMany({ where: { id: { in: [a, b, c, hidden] } } });
  });
});

describe("listings (test_views.py)", () => {
  it("pages upcoming events six at a time with the total, soonest first, and filters by category, venue and date", async () => {
    const venue = await db.eventLocation.create({ data: { calendarId, name: "Hall" } });
    const category = await db.eventCategory.create({ data: { calendarId, name: "Cat", slug: `${slug}-cat` } });
    const ids: number[] = [];
    for (let i = 1; i <= 8; i++)
      ids.push(
        await makeEvent(`Upcoming ${i}`, { occurring: [i, i + 0.1] }, i === 3 ? { venueId: venue.id, categories: { create: [{ categoryId: category.id }] } } : {}),
      );
    const first = await listEvents("upcoming", now, { calendarId });
    expect(first.total).toBe(8);
    expect(first.items.map((x) => x.title)).toEqual(["Upcoming 1", "Upcoming 2", "Upcoming 3", "Upcoming 4", "Upcoming 5", "Upcoming 6"]);
    expect((await listEvents("upcoming", now, { calendarId }, 6, 6)).items.map((x) => x.title)).toEqual(["Upcoming 7", "Upcoming 8"]);
    expect((await listEvents("upcoming", now, { calendarId, categoryId: category.id })).items.map((x) => x.id)).toEqual([ids[2]]);
    expect((await listEvents("upcoming", now, { calendarId, venueId: venue.id })).items[0]!.venue?.name).toBe("Hall");
    // The date view: upcoming from that day (for_datetime(date)).
    const fromDay5 = await listEvents("upcoming", new Date(now.getTime() + 4.5 * DAY), { calendarId });
    expect(fromDay5.total).toBe(4);
    await db.event.deleteMany({ where: { id: { in: ids } } });
  });

  it("happening now lists an occurrence spanning the moment", async () => {
    const id = await makeEvent("Now", { occurring: [-0.1, 0.1] });
    expect((await listEvents("now", now, { calendarId })).items.map((x) => x.id)).toEqual([id]);
    await db.event.delete({ where: { id } });
  });

  it("refreshing occurrences twice writes the same rows", async () => {
    const id = await makeEvent("Stable", { recurring: [-5, 60, 3] });
    const before = await db.eventOccurrence.findMany({ where: { eventId: id }, select: { start: true, end: true }, orderBy: { start: "asc" } });
    await refreshOccurrences([id], now);
    const after = await db.eventOccurrence.findMany({ where: { eventId: id }, select: { start: true, end: true }, orderBy: { start: "asc" } });
    expect(after).toEqual(before);
    await db.event.delete({ where: { id } });
  });
});
