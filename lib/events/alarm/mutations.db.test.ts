import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { refreshOccurrences } from "@/lib/events/occurrence/mutations";
import { sendDueAlarms } from "./mutations";

const slug = `alarm-test-${process.pid}-${Date.now()}`;
const email = `${slug}@example.org`;
let calendarId = 0;
let userId = 0;

beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "Alarm test" } })).id;
  userId = (await db.user.create({ data: { username: slug, email, password: "!" } })).id;
});
afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
  await db.user.delete({ where: { id: userId } });
});

describe("alarms (apps/events Alarm: N hours before, to the alarm's recipient)", () => {
  it("sends once per occurrence when its trigger time has come, never twice", async () => {
    const now = new Date();
    const event = await db.event.create({
      data: {
        title: `Alarm meetup ${slug}`,
        calendarId,
        recurringRules: {
          create: [{ begin: new Date(now.getTime() + 3 * 3_600_000), finish: new Date(now.getTime() + 30 * 86_400_000), frequency: 2 }],
        },
        alarms: { create: [{ trigger: 24, creatorId: userId }] },
      },
    });
    await refreshOccurrences([event.id], now);
    const first = await sendDueAlarms("https://www.python.org", now);
    expect(first.sent).toBe(1);
    expect(await sendDueAlarms("https://www.python.org", now)).toMatchObject({ sent: 0 });
    // A week later the next occurrence is due.
    expect((await sendDueAlarms("https://www.python.org", new Date(now.getTime() + 7 * 86_400_000))).sent).toBe(1);
    const mails = await db.emailLog.count({ where: { toAddrs: { has: email }, subject: `Reminder: Alarm meetup ${slug}` } });
    expect(mails).toBe(2);
    await db.eventReminderSent.deleteMany({ where: { key: { startsWith: `alarm:${(await db.alarm.findFirstOrThrow({ where: { eventId: event.id } })).id}:` } } });
  });
});
