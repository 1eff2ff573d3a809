import "server-only";
import { db } from "@/lib/platform/db";
import { dayKey } from "./utils";

export type DailyTotal = { day: string; count: number };

/** Totals per day for the last `days` days (zero-filled) and the most downloaded files. */
export async function getDownloadStats(days = 30, now = new Date()) {
  const since = new Date(`${dayKey(new Date(now.getTime() - (days - 1) * 86_400_000))}T00:00:00Z`);
  const [perDay, perFile] = await Promise.all([
    db.downloadDailyCount.groupBy({ by: ["day"], where: { day: { gte: since } }, _sum: { count: true } }),
    db.downloadDailyCount.groupBy({
      by: ["releaseFileId"],
      where: { day: { gte: since } },
      _sum: { count: true },
      orderBy: { _sum: { count: "desc" } },
      take: 10,
    }),
  ]);
  const byDay = new Map(perDay.map((r) => [dayKey(r.day), r._sum.count ?? 0]));
  const daily: DailyTotal[] = Array.from({ length: days }, (_, i) => {
    const day = dayKey(new Date(since.getTime() + i * 86_400_000));
    return { day, count: byDay.get(day) ?? 0 };
  });
  const files = await db.releaseFile.findMany({
    where: { id: { in: perFile.map((r) => r.releaseFileId) } },
    select: { id: true, name: true, release: { select: { name: true } } },
  });
  const names = new Map(files.map((f) => [f.id, f]));
  const top = perFile.map((r) => ({
    name: names.get(r.releaseFileId)?.name ?? "(deleted)",
    release: names.get(r.releaseFileId)?.release.name ?? "",
    count: r._sum.count ?? 0,
  }));
  return { daily, top, total: daily.reduce((s, d) => s + d.count, 0) };
}
