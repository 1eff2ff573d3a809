import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { refreshOccurrences } from "@/lib/events/occurrence/mutations";
import { isDigestSubscribed } from "./data";
import { nextDay, sendDailyDigest, setDigestSubscription } from "./mutations";

// The daily mail of the next day's events (issue #14 Build 8), through lib/platform/mail's log.
const slug = `digest-test-${process.pid}-${Date.now()}`;
const SITE = "https://www.python.org";
const now = new Date();
const { from, date } = nextDay(now);
let calendarId = 0;
const users: Record<"subscribed" | "other" | "inactive", { id: number; email: string }> = {} as never;

beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "Digest test", timeZone: "Asia/Tokyo" } })).id;
  for (const who of ["subscribed", "other", "inactive"] as const) {
    const email = `${who}-${slug}@example.org`;
    const u = await db.user.create({ data: { username: `${who}-${slug}`, email, password: "!", isActive: who !== "inactive" } });
    users[who] = { id: u.id, email };
  }
});
afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users).map((u) => u.id) } } });
  await db.eventReminderSent.deleteMany({ where: { key: { in: Object.values(users).map((u) => `digest:${u.id}:${date}`) } } });
});

const mailsTo = (email: string) =>
  db.emailLog.findMany({ where: { toAddrs: { has: email } }, select: { subject: true, text: true } });

describe("the daily digest of the next day's events", () => {
  it("the opt-in is stored per person, on and off again", async () => {
    await setDigestSubscription(users.other.id, true);
    expect(await isDigestSubscribed(users.other.id)).toBe(true);
    await setDigestSubscription(users.other.id, true);
    await setDigestSubscription(users.other.id, false);
    expect(await isDigestSubscribed(users.other.id)).toBe(false);
  });

  it("mails tomorrow's events once to each active person who asked, and nothing twice", async () => {
    await setDigestSubscription(users.subscribed.id, true);
    await setDigestSubscription(users.inactive.id, true);
    const tomorrow = await db.event.create({
      data: {
        title: `Tomorrow's sprint ${slug}`,
        calendarId,
        occurringRule: { create: { dtStart: new Date(from.getTime() + 10 * 3_600_000), dtEnd: new Date(from.getTime() + 12 * 3_600_000) } },
      },
    });
    const later = await db.event.create({
      data: {
        title: `Next week ${slug}`,
        calendarId,
        occurringRule: { create: { dtStart: new Date(from.getTime() + 7 * 86_400_000), dtEnd: new Date(from.getTime() + 7.1 * 86_400_000) } },
      },
    });
    const pending = await db.event.create({
      data: {
        title: `Pending ${slug}`,
        calendarId,
        status: "pending",
        occurringRule: { create: { dtStart: new Date(from.getTime() + 3_600_000), dtEnd: new Date(from.getTime() + 2 * 3_600_000) } },
      },
    });
    await refreshOccurrences([tomorrow.id, later.id, pending.id], now);

    const first = await sendDailyDigest(SITE, now);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = await mailsTo(users.subscribed.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`Python events on ${date}`);
    expect(mail!.text).toContain(`Tomorrow's sprint ${slug} (Digest test)`);
    expect(mail!.text).toContain(`${SITE}/events/${slug}/${tomorrow.id}/`);
    expect(mail!.text).not.toContain(`Next week ${slug}`);
    expect(mail!.text).not.toContain(`Pending ${slug}`);
    expect(await mailsTo(users.other.email)).toHaveLength(0);
    expect(await mailsTo(users.inactive.email)).toHaveLength(0);

    // The cron again (a retry, or a second worker): nothing more.
    await sendDailyDigest(SITE, new Date(now.getTime() + 60_000));
    expect(await mailsTo(users.subscribed.email)).toHaveLength(1);
  });
});
