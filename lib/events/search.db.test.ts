// Search ranking of events (issue #14 Build 9) on the PostgreSQL engine: an upcoming event
// before a past one with the same words, featured higher still; recurring ones upcoming while
// their series runs. The Meilisearch contract carries the same boost (lib/platform/search).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { search } from "@/lib/platform/search";
import { syncSearchDocument } from "@/lib/site/search";
import { refreshOccurrences } from "./occurrence/mutations";
import { getSearchableEvent } from "./data";
import { toSearchDocument } from "./search";

const DAY = 86_400_000;
const word = `okapi${process.pid}x${Date.now().toString(36)}`;
const slug = `search-rank-${word}`;
let calendarId = 0;
const ids: Record<string, number> = {};

async function make(key: string, start: number, extra: object = {}) {
  const now = Date.now();
  const e = await db.event.create({
    data: {
      title: `The ${word} gathering`,
      calendarId,
      descriptionRendered: `<p>${word} people meet.</p>`,
      occurringRule: { create: { dtStart: new Date(now + start * DAY), dtEnd: new Date(now + (start + 0.1) * DAY) } },
      ...extra,
    },
  });
  ids[key] = e.id;
}

beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "Search ranking" } })).id;
  await make("past", -30);
  await make("upcoming", 30);
  await make("featured", 60, { featured: true });
  const weekly = await db.event.create({
    data: {
      title: `The ${word} gathering`,
      calendarId,
      descriptionRendered: `<p>${word} people meet.</p>`,
      recurringRules: { create: [{ begin: new Date(Date.now() - 100 * DAY), finish: new Date(Date.now() + 100 * DAY), frequency: 2 }] },
    },
  });
  ids.recurring = weekly.id;
  await refreshOccurrences(Object.values(ids));
  for (const id of Object.values(ids)) await syncSearchDocument("event", String(id));
});
afterAll(async () => {
  for (const id of Object.values(ids)) await db.event.delete({ where: { id } }).catch(() => undefined);
  for (const id of Object.values(ids)) await syncSearchDocument("event", String(id));
  await db.calendar.delete({ where: { id: calendarId } });
});

describe("events in search", () => {
  it("documents: past events 0.9 dated by their last start, upcoming 1.1 (featured 1.2) dated by their next occurrence", async () => {
    const doc = async (key: string) => toSearchDocument((await getSearchableEvent(ids[key]!))!);
    expect(await doc("past")).toMatchObject({ boost: 0.9 });
    expect(await doc("upcoming")).toMatchObject({ boost: 1.1 });
    expect(await doc("featured")).toMatchObject({ boost: 1.2 });
    const recurring = await doc("recurring");
    expect(recurring.boost).toBe(1.1);
    // A weekly series begun 100 days ago is dated by its next time, within the coming week.
    expect(recurring.date!.getTime() - Date.now()).toBeGreaterThan(0);
    expect(recurring.date!.getTime() - Date.now()).toBeLessThanOrEqual(7 * DAY);
  });

  it("ranks the featured and upcoming ones above the past one with the same words", async () => {
    const r = await search({ q: word, types: ["event"], page: 1, perPage: 10 });
    const order = r.hits.map((h) => Object.entries(ids).find(([, id]) => String(id) === h.objectId)![0]);
    expect(order[0]).toBe("featured");
    expect(order.slice(1, 3).sort()).toEqual(["recurring", "upcoming"]);
    expect(order[3]).toBe("past");
  });
});
