import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { listAdminMinutes } from "./admin/data";
import {
  getMinutesByDate,
  listFeedMinutes,
  listLatestMinutes,
  listMinutesDates,
  listSameYearMinutes,
} from "./data";
import { createMinutes, deleteMinutes, updateMinutes } from "./mutations";
import { isoDate } from "./utils";

// Django's apps/minutes tests as acceptance checks, on dates of their own (years 1901-1903) so
// seeded minutes never mix in.
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const input = (date: Date, isPublished: boolean, content = "Testing") => ({
  date,
  content,
  contentMarkupType: "restructuredtext" as const,
  isPublished,
});
const made: number[] = [];
const isoIn = (dates: Date[], year: number) => dates.filter((d) => d.getUTCFullYear() === year).map(isoDate);

beforeAll(async () => {
  await db.minutes.deleteMany({ where: { date: { gte: day(1901, 1, 1), lt: day(1904, 1, 1) } } });
  for (const [date, published] of [
    [day(1902, 1, 1), true],
    [day(1903, 1, 1), false],
    [day(1902, 3, 5), true],
    [day(1902, 6, 7), false],
  ] as const)
    made.push((await createMinutes(input(date, published, `Meeting of ${isoDate(date)}`), null)).id);
});
afterAll(async () => {
  await db.minutes.deleteMany({ where: { id: { in: made } } });
});

describe("minutes querysets and pages", () => {
  it("published() and draft() split by is_published", async () => {
    const [published, draft] = [await listMinutesDates("published"), await listMinutesDates("draft")];
    expect([...isoIn(published, 1902), ...isoIn(published, 1903)]).toEqual(["1902-01-01", "1902-03-05"]);
    expect([...isoIn(draft, 1902), ...isoIn(draft, 1903)]).toEqual(["1902-06-07", "1903-01-01"]);
  });

  it("the archive and the feed list published minutes only, newest first", async () => {
    const latest = (await listLatestMinutes()).map((m) => m.date);
    expect(isoIn(latest, 1902)).toEqual(["1902-03-05", "1902-01-01"]);
    expect(isoIn(latest, 1903)).toEqual([]);
    const feed = (await listFeedMinutes(10_000)).map((m) => m.date);
    expect(isoIn(feed, 1902)).toEqual(["1902-03-05", "1902-01-01"]);
  });

  it("finds minutes by date with their rendered content, and the same year's published ones", async () => {
    const found = await getMinutesByDate(day(1902, 3, 5));
    expect(found).toMatchObject({ isPublished: true });
    expect(found!.contentHtml).toContain("Meeting of 1902-03-05");
    expect(await getMinutesByDate(day(1902, 3, 6))).toBeNull();
    expect((await listSameYearMinutes(1902)).map((m) => isoDate(m.date))).toEqual([
      "1902-01-01",
      "1902-03-05",
    ]);
  });

  it("renders reStructuredText on write, and records who created and who last changed it", async () => {
    const user = await db.user.findFirstOrThrow({ select: { id: true } }).catch(() => null);
    const row = await createMinutes(
      input(day(1901, 2, 2), false, "Attendees\n=========\n\n*All* present."),
      user?.id ?? null,
    );
    made.push(row.id);
    const stored = await db.minutes.findUniqueOrThrow({
      where: { id: row.id },
      select: { contentRendered: true, creatorId: true, lastModifiedById: true },
    });
    expect(stored.contentRendered).toMatch(/<h2[^>]*>Attendees<\/h2>/);
    expect(stored.contentRendered).toContain("<em>All</em>");
    expect(stored.creatorId).toBe(user?.id ?? null);
    await updateMinutes(row.id, input(day(1901, 2, 2), true, "Done."), null);
    expect((await getMinutesByDate(day(1901, 2, 2)))!.isPublished).toBe(true);
    await deleteMinutes(row.id);
    expect(await getMinutesByDate(day(1901, 2, 2))).toBeNull();
  });

  it("a second meeting on the same date is an error on the date field", async () => {
    await expect(createMinutes(input(day(1902, 1, 1), false), null)).rejects.toMatchObject({
      code: "validation_failed",
      fields: { date: ["There are already minutes for January 1, 1902."] },
    });
    await expect(updateMinutes(made[1]!, input(day(1902, 1, 1), false), null)).rejects.toMatchObject({
      fields: { date: [expect.stringContaining("already")] },
    });
    await expect(updateMinutes(2_000_000_000, input(day(1901, 9, 9), false), null)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("the admin list filters drafts", async () => {
    const { rows } = await listAdminMinutes({
      q: "Meeting of 190",
      page: 1,
      perPage: 50,
      sort: "date",
      dir: "asc",
      filters: { published: "no" },
    });
    expect(rows.map((r) => isoDate(r.date))).toEqual(["1902-06-07", "1903-01-01"]);
  });
});
