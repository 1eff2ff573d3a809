import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { getDownloadStats } from "@/lib/downloads/stats/data";
import { aggregateDownloadCounts, recordDownload } from "@/lib/downloads/stats/mutations";
import { dayKey } from "@/lib/downloads/stats/utils";
import { getRedis } from "@/lib/platform/redis";

// Download pings counted in real Redis, aggregated into real rows, read back for the admin chart.
const stamp = Date.now();
const url = (name: string) => `https://www.python.org/ftp/python/3.94.0/${stamp}-${name}`;
let releaseId = 0;
const fileIds: number[] = [];

beforeAll(async () => {
  const os = await db.oS.upsert({
    where: { slug: "source" },
    update: {},
    create: { name: "Source release", slug: "source" },
  });
  releaseId = (
    await db.release.create({ data: { name: `Python 3.94.${stamp % 1000}`, slug: `stats-${stamp}` } })
  ).id;
  for (const name of ["a.tgz", "b.exe"])
    fileIds.push(
      (
        await db.releaseFile.create({
          data: { name, slug: `stats-${stamp}-${name}`, url: url(name), osId: os.id, releaseId },
        })
      ).id,
    );
});

afterAll(async () => {
  await db.release.deleteMany({ where: { id: releaseId } });
});

describe("download counts", () => {
  it("counts pings in Redis and copies the day's totals into the database, idempotently", async () => {
    expect(getRedis()).not.toBeNull();
    const now = new Date();
    const yesterday = new Date(now.getTime() - 86_400_000);
    for (let i = 0; i < 3; i++) await recordDownload(url("a.tgz"), now);
    await recordDownload(url("b.exe"), now);
    await recordDownload(url("b.exe"), yesterday);
    await recordDownload("https://www.python.org/ftp/python/forged.exe", now);

    await aggregateDownloadCounts(2, now);
    await aggregateDownloadCounts(2, now); // again: the same totals, not double
    const rows = await db.downloadDailyCount.findMany({
      where: { releaseFileId: { in: fileIds } },
      orderBy: [{ releaseFileId: "asc" }, { day: "asc" }],
      select: { releaseFileId: true, day: true, count: true },
    });
    expect(rows.map((r) => [r.releaseFileId, dayKey(r.day), r.count])).toEqual([
      [fileIds[0], dayKey(now), 3],
      [fileIds[1], dayKey(yesterday), 1],
      [fileIds[1], dayKey(now), 1],
    ]);
    const forged = await db.downloadDailyCount.count({
      where: { releaseFile: { url: { contains: "forged" } } },
    });
    expect(forged).toBe(0);
  });

  it("reports zero-filled daily totals and the most downloaded files", async () => {
    const stats = await getDownloadStats(30);
    expect(stats.daily).toHaveLength(30);
    expect(stats.daily.at(-1)!.day).toBe(dayKey(new Date()));
    expect(stats.daily.at(-1)!.count).toBeGreaterThanOrEqual(4);
    expect(stats.top.find((f) => f.name === "a.tgz" && f.release.startsWith("Python 3.94"))?.count).toBe(3);
  });
});
