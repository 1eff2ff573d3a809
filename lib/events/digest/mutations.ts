import "server-only";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { dateLine, dateLineText, eventPath } from "@/lib/events/utils";
import { eventZone } from "@/lib/events/zone/utils";

const DAY = 86_400_000;

/** The person's opt-in to the daily mail of the next day's events (on /users/edit/). */
export async function setDigestSubscription(userId: number, subscribed: boolean) {
  if (subscribed) await db.eventDigestSubscription.upsert({ where: { userId }, create: { userId }, update: {} });
  else await db.eventDigestSubscription.deleteMany({ where: { userId } });
  return { subscribed };
}

type Tomorrow = {
  id: number;
  title: string;
  slug: string;
  calendar: string;
  start: Date;
  end: Date;
  allDay: boolean;
  venue: string | null;
  timeZone: string | null;
  venueZone: string | null;
  calendarZone: string;
};

/** The UTC day after `now`: [00:00, 24:00) of tomorrow, and its date for the subject. */
export function nextDay(now: Date) {
  const from = new Date(Math.floor(now.getTime() / DAY) * DAY + DAY);
  return { from, to: new Date(from.getTime() + DAY), date: from.toISOString().slice(0, 10) };
}

/**
 * The daily reminder of the next (UTC) day's events, to everyone who asked for it: each
 * published occurrence starting that day, soonest first, one mail per person. Each (person,
 * day) is sent once: the key is recorded before the mail, so a rerun of the cron, or two at
 * once, sends nothing twice. No events tomorrow, no mail.
 */
export async function sendDailyDigest(siteUrl: string, now = new Date()): Promise<{ sent: number; skipped: number; events: number }> {
  const { from, to, date } = nextDay(now);
  const events = await db.$queryRaw<Tomorrow[]>`
    SELECT e.id, e.title, c.slug, c.name AS calendar, o.start, o."end", o.all_day AS "allDay", v.name AS venue,
           e.time_zone AS "timeZone", v.time_zone AS "venueZone", c.time_zone AS "calendarZone"
    FROM events_occurrence o
    JOIN events_event e ON e.id = o.event_id AND e.status = 'published'
    JOIN events_calendar c ON c.id = e.calendar_id
    LEFT JOIN events_eventlocation v ON v.id = e.venue_id
    WHERE o.start >= ${from} AND o.start < ${to}
    ORDER BY o.start, e.id`;
  if (events.length === 0) return { sent: 0, skipped: 0, events: 0 };
  const people = await db.eventDigestSubscription.findMany({
    where: { user: { isActive: true, email: { not: "" } } },
    select: { userId: true, user: { select: { email: true } } },
    orderBy: { userId: "asc" },
  });
  const lines = events.map((e) => {
    const zone = eventZone({ timeZone: e.timeZone, venue: { timeZone: e.venueZone }, calendar: { timeZone: e.calendarZone } });
    return [
      `${e.title} (${e.calendar})`,
      `  ${dateLineText(dateLine(e, zone))}${e.venue ? `, ${e.venue}` : ""}`,
      `  ${new URL(eventPath(e.slug, e.id), siteUrl)}`,
    ].join("\n");
  });
  const text = [
    `Python events starting on ${date} (UTC):`,
    "",
    lines.join("\n\n"),
    "",
    `You get this mail because you asked for it. Turn it off under "Events" on ${new URL("/users/edit/", siteUrl)}`,
    "",
  ].join("\n");
  let sent = 0;
  let skipped = 0;
  for (const p of people) {
    if (!p.user.email) {
      skipped += 1;
      continue;
    }
    const { count } = await db.eventReminderSent.createMany({ data: [{ key: `digest:${p.userId}:${date}` }], skipDuplicates: true });
    if (count === 0) {
      skipped += 1;
      continue;
    }
    try {
      await sendMail({ to: p.user.email, subject: `Python events on ${date}`, text });
      sent += 1;
    } catch (e) {
      log.error({ err: e, userId: p.userId }, "events: daily digest not sent");
    }
  }
  return { sent, skipped, events: events.length };
}
