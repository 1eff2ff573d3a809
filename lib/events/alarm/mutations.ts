import "server-only";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { eventPath, dateLine, dateLineText } from "@/lib/events/utils";
import { eventZone } from "@/lib/events/zone/utils";

type Due = {
  alarmId: number;
  eventId: number;
  title: string;
  slug: string;
  start: Date;
  end: Date;
  allDay: boolean;
  email: string | null;
  timeZone: string | null;
  venueZone: string | null;
  calendarZone: string;
};

/**
 * apps/events Alarm: `trigger` hours before each occurrence, a reminder to the alarm's
 * recipient (its creator). Each (alarm, occurrence) is sent once: the key is recorded before the
 * mail, so a rerun of the cron, or two at once, sends nothing twice.
 */
export async function sendDueAlarms(siteUrl: string, now = new Date()): Promise<{ sent: number; skipped: number }> {
  const due = await db.$queryRaw<Due[]>`
    SELECT a.id AS "alarmId", e.id AS "eventId", e.title, c.slug, o.start, o."end", o.all_day AS "allDay",
           u.email, e.time_zone AS "timeZone", v.time_zone AS "venueZone", c.time_zone AS "calendarZone"
    FROM events_alarm a
    JOIN events_event e ON e.id = a.event_id AND e.status = 'published'
    JOIN events_calendar c ON c.id = e.calendar_id
    LEFT JOIN events_eventlocation v ON v.id = e.venue_id
    JOIN events_occurrence o ON o.event_id = e.id
    LEFT JOIN users_user u ON u.id = a.creator_id
    WHERE o.start > ${now} AND o.start - make_interval(hours => a.trigger) <= ${now}
    ORDER BY o.start`;
  let sent = 0;
  let skipped = 0;
  for (const d of due) {
    if (!d.email) {
      skipped += 1;
      continue;
    }
    const key = `alarm:${d.alarmId}:${d.start.toISOString()}`;
    const { count } = await db.eventReminderSent.createMany({ data: [{ key }], skipDuplicates: true });
    if (count === 0) {
      skipped += 1;
      continue;
    }
    const zone = eventZone({ timeZone: d.timeZone, venue: { timeZone: d.venueZone }, calendar: { timeZone: d.calendarZone } });
    try {
      await sendMail({
        to: d.email,
        subject: `Reminder: ${d.title}`,
        text: `${d.title}\n${dateLineText(dateLine(d, zone))}\n\n${new URL(eventPath(d.slug, d.eventId), siteUrl)}\n`,
      });
      sent += 1;
    } catch (e) {
      log.error({ err: e, alarm: d.alarmId }, "events: reminder not sent");
    }
  }
  return { sent, skipped };
}
