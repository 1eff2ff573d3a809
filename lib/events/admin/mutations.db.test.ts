import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { addRecurringRule, createCategory, createLocation, deleteRecurringRule, updateEvent } from "./mutations";
import { eventFormSchema, locationFormSchema, parseDuration, recurringRuleFormSchema } from "./schema";

const slug = `places-test-${process.pid}-${Date.now()}`;
let calendarId = 0;
beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "Places test" } })).id;
});
afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
});

describe("events admin: categories and locations", () => {
  it("a category's slug comes from its name; a second one with the same name is a conflict", async () => {
    const name = `Data Science ${slug}`;
    const { id } = await createCategory({ calendarId, name });
    expect((await db.eventCategory.findUniqueOrThrow({ where: { id } })).slug).toBe(`data-science-${slug}`);
    await expect(createCategory({ calendarId, name })).rejects.toMatchObject({ code: "conflict" });
  });

  it("a location keeps its zone; the form refuses an unknown zone", async () => {
    const { id } = await createLocation({ calendarId, name: "Town hall", address: "", url: "", timeZone: "Europe/Vienna" });
    expect((await db.eventLocation.findUniqueOrThrow({ where: { id } })).timeZone).toBe("Europe/Vienna");
    expect(locationFormSchema.safeParse({ calendarId, name: "X", address: "", url: "", timeZone: "Nowhere/Land" }).success).toBe(false);
  });
});

describe("events admin: the event form with its rules inline", () => {
  const DAY = 86_400_000;
  const soon = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 3 * DAY);
  const local = (d: Date) => d.toISOString().slice(0, 16);
  const form = (id: number, over: Record<string, unknown> = {}) =>
    eventFormSchema.parse({
      id,
      title: "Edited",
      calendarId,
      venueId: "",
      description: "Some *text*",
      descriptionMarkupType: "markdown",
      status: "published",
      timeZone: "Europe/Vienna",
      dtStart: local(soon),
      dtEnd: local(new Date(soon.getTime() + 2 * 3_600_000)),
      ...over,
    });
  const occurrences = (eventId: number) =>
    db.eventOccurrence.findMany({ where: { eventId }, orderBy: { start: "asc" }, select: { start: true, recurring: true } });

  it("saving moves the one-off rule and its occurrence; clearing both times removes them", async () => {
    const { id } = await db.event.create({ data: { title: "Before", calendarId }, select: { id: true } });
    const { id: eventId, input } = form(id);
    await updateEvent(eventId, input);
    const saved = await db.event.findUniqueOrThrow({ where: { id }, include: { occurringRule: true } });
    expect(saved).toMatchObject({ title: "Edited", timeZone: "Europe/Vienna", descriptionRendered: expect.stringContaining("<em>text</em>") });
    expect(saved.occurringRule?.dtStart).toEqual(soon);
    expect(await occurrences(id)).toEqual([{ start: soon, recurring: false }]);

    const cleared = form(id, { dtStart: "", dtEnd: "" });
    await updateEvent(cleared.id, cleared.input);
    expect(await db.occurringRule.findUnique({ where: { eventId: id } })).toBeNull();
    expect(await occurrences(id)).toEqual([]);
  });

  it("a recurring rule added expands into weekly occurrences at once; deleted, they go", async () => {
    const { id } = await db.event.create({ data: { title: "Weekly", calendarId, timeZone: "UTC" }, select: { id: true } });
    const rule = recurringRuleFormSchema.parse({
      eventId: id,
      begin: local(soon),
      finish: local(new Date(soon.getTime() + 20 * DAY)),
      frequency: "2",
      interval: "1",
      duration: "1h 30m",
    });
    expect(rule.durationInternalSeconds).toBe(5400);
    const { id: ruleId } = await addRecurringRule(rule);
    const rows = await occurrences(id);
    expect(rows.map((r) => r.start.getTime() - soon.getTime())).toEqual([0, 7 * DAY, 14 * DAY]);
    expect(rows.every((r) => r.recurring)).toBe(true);
    await deleteRecurringRule(ruleId, id);
    expect(await occurrences(id)).toEqual([]);
    await expect(deleteRecurringRule(ruleId, id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a location or category of another calendar, and malformed rules", async () => {
    const other = await db.calendar.create({ data: { slug: `${slug}-other`, name: "Other" } });
    const venue = await db.eventLocation.create({ data: { calendarId: other.id, name: "Elsewhere" } });
    const category = await db.eventCategory.create({ data: { calendarId: other.id, name: "Other cat", slug: `${slug}-other-cat` } });
    const { id } = await db.event.create({ data: { title: "Mine", calendarId }, select: { id: true } });
    const byVenue = form(id, { venueId: String(venue.id) });
    await expect(updateEvent(byVenue.id, byVenue.input)).rejects.toMatchObject({ code: "validation_failed", fields: { venueId: [expect.any(String)] } });
    const byCategory = form(id, { categoryIds: [String(category.id)] });
    await expect(updateEvent(byCategory.id, byCategory.input)).rejects.toMatchObject({ fields: { categoryIds: [expect.any(String)] } });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).title).toBe("Mine");

    expect(eventFormSchema.safeParse({ ...form(id), id, dtStart: local(soon), dtEnd: "" }).success).toBe(false);
    const base = { eventId: id, begin: local(soon), finish: local(new Date(soon.getTime() + DAY)), frequency: "2", interval: "1", duration: "2 hours" };
    expect(recurringRuleFormSchema.safeParse(base).success).toBe(true);
    expect(recurringRuleFormSchema.safeParse({ ...base, duration: "a while" }).success).toBe(false);
    expect(recurringRuleFormSchema.safeParse({ ...base, finish: local(soon) }).success).toBe(false);
    expect(recurringRuleFormSchema.safeParse({ ...base, frequency: "7" }).success).toBe(false);
    expect(recurringRuleFormSchema.safeParse({ ...base, interval: "0" }).success).toBe(false);
    await db.calendar.delete({ where: { id: other.id } });
  });
});

describe("parseDuration", () => {
  it("reads Django's duration words and clock forms", () => {
    expect(parseDuration("2 hours")).toBe(7200);
    expect(parseDuration("15 min")).toBe(900);
    expect(parseDuration("1 day, 02:30:00")).toBe(95_400);
    expect(parseDuration("1w 2d 3h")).toBe(604_800 + 2 * 86_400 + 3 * 3600);
    expect(parseDuration("02:30")).toBe(9000);
    expect(parseDuration("soon")).toBeNull();
    expect(parseDuration("2 hours and a bit")).toBeNull();
  });
});
