// Submission and moderation (beyond python.org, whose EventSubmit only sent a mail).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { listEvents } from "./data";
import { decideEvent, submitEvent } from "./mutations";

const slug = `submit-test-${process.pid}-${Date.now()}`;
let calendarId = 0;
let userId = 0;
const email = `${slug}@example.org`;

beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "Submit test" } })).id;
  userId = (await db.user.create({ data: { username: slug, email, password: "!" } })).id;
});
afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
  await db.user.delete({ where: { id: userId } });
});

const input = (name: string, extra: object = {}) => ({
  calendarId,
  eventName: name,
  eventType: "Meetup",
  pythonFocus: "Web",
  expectedAttendees: "30",
  location: "Online",
  timeZone: "America/New_York",
  dateFrom: "2027-03-03T18:00",
  dateTo: "2027-03-03T20:00",
  allDay: false,
  recurrence: "none" as const,
  repeatUntil: "",
  link: "https://example.org/",
  description: "Talks.",
  ...extra,
});

describe("event submission", () => {
  it("stores a pending event in the submitter's zone, mails events@, and shows nothing until approved", async () => {
    const { id } = await submitEvent(input("Web night"), userId);
    const row = await db.event.findUniqueOrThrow({ where: { id }, include: { occurringRule: true } });
    expect(row.status).toBe("pending");
    expect(row.occurringRule!.dtStart.toISOString()).toBe("2027-03-03T23:00:00.000Z");
    const notice = await db.emailLog.findFirst({ where: { subject: 'New event submission: "Web night"' }, orderBy: { id: "desc" } });
    expect(notice?.toAddrs).toEqual(["events@python.org"]);
    expect(notice?.replyTo).toBe(email);
    const now = new Date("2027-01-01T00:00:00Z");
    expect((await listEvents("upcoming", now, { calendarId })).items).toEqual([]);

    await decideEvent({ id, decision: "approve", comment: "" }, "https://www.python.org");
    expect((await listEvents("upcoming", now, { calendarId })).items.map((e) => e.id)).toEqual([id]);
    const told = await db.emailLog.findFirst({ where: { toAddrs: { has: email }, subject: 'Your event "Web night" is published' } });
    expect(told?.text).toContain(`https://www.python.org/events/${slug}/${id}/`);
    await expect(decideEvent({ id, decision: "reject", comment: "late" }, "https://www.python.org")).rejects.toMatchObject({ code: "conflict" });
  });

  it("a weekly submission becomes a recurring rule until its last date; a rejection keeps the reason and hides it", async () => {
    const { id } = await submitEvent(input("Weekly study", { recurrence: "weekly", repeatUntil: "2027-03-31" }), userId);
    const rule = await db.recurringRule.findFirstOrThrow({ where: { eventId: id } });
    expect([rule.frequency, rule.durationInternalSeconds, rule.duration]).toEqual([2, 7200, "2 hours"]);
    await decideEvent({ id, decision: "reject", comment: "Please add a venue." }, "https://www.python.org");
    const row = await db.event.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.reviewComment]).toEqual(["rejected", "Please add a venue."]);
    expect(await db.eventOccurrence.count({ where: { eventId: id } })).toBe(0);
    const told = await db.emailLog.findFirst({ where: { toAddrs: { has: email }, subject: 'Your event "Weekly study" was not accepted' } });
    expect(told?.text).toContain("Please add a venue.");
  });
});
