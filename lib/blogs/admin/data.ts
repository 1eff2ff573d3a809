import "server-only";
import { db } from "@/lib/platform/db";

export type AdminFeedRow = {
  id: number;
  name: string;
  feedUrl: string;
  websiteUrl: string;
  lastImport: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  entries: number;
};

/** Every feed with its import state and its number of entries. */
export async function listAdminFeeds(): Promise<AdminFeedRow[]> {
  const rows = await db.feed.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      feedUrl: true,
      websiteUrl: true,
      lastImport: true,
      lastError: true,
      lastErrorAt: true,
      _count: { select: { entries: true } },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, entries: _count.entries }));
}
