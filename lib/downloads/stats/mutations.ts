/**
 * Download counts. A ping adds one to a per-day Redis hash (file URL → count): one O(1) command,
 * no database write per download. The scheduled aggregation copies each day's totals into
 * downloads_dailycount (absolute values, so running it twice changes nothing). Without Redis
 * (the embedded default) the ping writes the daily row directly.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { getRedis, whenReady } from "@/lib/platform/redis";
import { dayKey } from "./utils";

const KEEP_SECONDS = 4 * 24 * 3600;
const hashKey = (day: string) => `downloads:count:${day}`;

export async function recordDownload(fileUrl: string, at = new Date()): Promise<void> {
  const day = dayKey(at);
  const redis = getRedis();
  if (redis) {
    await whenReady(redis);
    await redis.multi().hincrby(hashKey(day), fileUrl, 1).expire(hashKey(day), KEEP_SECONDS).exec();
    return;
  }
  const file = await db.releaseFile.findUnique({ where: { url: fileUrl }, select: { id: true } });
  if (!file) return;
  await db.downloadDailyCount.upsert({
    where: { releaseFileId_day: { releaseFileId: file.id, day: new Date(day) } },
    create: { releaseFileId: file.id, day: new Date(day), count: 1 },
    update: { count: { increment: 1 } },
  });
}

/** Copies the last `days` days of Redis counts into the database; returns the rows written. */
export async function aggregateDownloadCounts(days = 2, now = new Date()): Promise<number> {
  const redis = getRedis();
  if (!redis) return 0;
  await whenReady(redis);
  let written = 0;
  for (let i = 0; i < days; i++) {
    const day = dayKey(new Date(now.getTime() - i * 86_400_000));
    const counts = await redis.hgetall(hashKey(day));
    const urls = Object.keys(counts);
    if (!urls.length) continue;
    // Unknown URLs (a forged ping) match no file and are dropped here.
    const files = await db.releaseFile.findMany({
      where: { url: { in: urls } },
      select: { id: true, url: true },
    });
    await db.$transaction(
      files.map((f) =>
        db.downloadDailyCount.upsert({
          where: { releaseFileId_day: { releaseFileId: f.id, day: new Date(day) } },
          create: { releaseFileId: f.id, day: new Date(day), count: Number(counts[f.url]) },
          update: { count: Number(counts[f.url]) },
        }),
      ),
    );
    written += files.length;
  }
  return written;
}
