/**
 * `npx tsx --conditions=react-server scripts/events-import-ics.ts <calendar-slug> <file.ics>`:
 * imports a local iCalendar file into a calendar (an operator's one-off, the same upsert by UID
 * as the hourly feed import), and prints what changed.
 */
import "./load-env";
import { readFile } from "node:fs/promises";
import { importIcs } from "../lib/events/ics/mutations";
import { db } from "../lib/platform/db";
import { closeRedis } from "../lib/platform/redis";

const [slug, file] = process.argv.slice(2);
try {
  if (!slug || !file) {
    console.error("usage: events-import-ics <calendar-slug> <file.ics>");
    process.exitCode = 2;
  } else {
    const calendar = await db.calendar.findUnique({ where: { slug }, select: { id: true } });
    if (!calendar) throw new Error(`no calendar ${slug}`);
    const r = await importIcs(calendar.id, await readFile(file, "utf8"));
    console.log(`${slug}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped`);
    for (const e of r.errors) console.log(`  skipped ${e}`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await closeRedis();
}
