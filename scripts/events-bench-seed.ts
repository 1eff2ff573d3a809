/**
 * `npx tsx --conditions=react-server scripts/events-bench-seed.ts [--remove]`: puts 2,000 events
 * into python-events for `npm run bench` (issue #14's budget: /events/ and a calendar page with
 * 2,000 events of which 200 recurring), spread over two years around today, several zones;
 * `--remove` takes them out again. UIDs start with "bench-", so the demo events are untouched.
 */
import "./load-env";
import { refreshOccurrences } from "../lib/events/occurrence/mutations";
import { db } from "../lib/platform/db";
import { closeRedis } from "../lib/platform/redis";

const DAY = 86_400_000;
const ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo"];

try {
  const calendar = await db.calendar.findUniqueOrThrow({ where: { slug: "python-events" }, select: { id: true } });
  await db.event.deleteMany({ where: { calendarId: calendar.id, uid: { startsWith: "bench-" } } });
  if (!process.argv.includes("--remove")) {
    const now = Date.now();
    const ids: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const start = new Date(now + ((i * 7919) % 730) * DAY - 365 * DAY + (i % 24) * 3_600_000);
      const recurring = i % 10 === 0;
      const row = await db.event.create({
        data: {
          calendarId: calendar.id,
          uid: `bench-${i}`,
          title: `Bench event ${i}`,
          timeZone: ZONES[i % ZONES.length],
          descriptionMarkupType: "html",
          description: `<p>Benchmark event number ${i}.</p>`,
          descriptionRendered: `<p>Benchmark event number ${i}.</p>`,
          ...(recurring
            ? { recurringRules: { create: [{ begin: start, finish: new Date(start.getTime() + 500 * DAY), frequency: i % 20 === 0 ? 2 : 1, durationInternalSeconds: 7200, duration: "2 hours" }] } }
            : { occurringRule: { create: { dtStart: start, dtEnd: new Date(start.getTime() + 3 * 3_600_000) } } }),
        },
        select: { id: true },
      });
      ids.push(row.id);
    }
    const rows = await refreshOccurrences(ids);
    console.log(`python-events: 2000 bench events (200 recurring), ${rows} occurrences`);
  } else console.log("python-events: bench events removed");
  // Fresh planner statistics, as autovacuum would give a live database (see jobs-bench-seed.ts).
  await db.$executeRaw`ANALYZE events_event, events_occurrence`;
} finally {
  await db.$disconnect();
  await closeRedis();
}
