/**
 * update_blogs (apps/blogs/management/commands/update_blogs.py): every Feed is read through the
 * SSRF-guarded fetcher with a conditional GET, parsed, and its entries upserted by URL. A row is
 * written only when its title, summary, date or feed differ, so a second run changes nothing. A
 * feed that fails (refused, too big, slow, not a feed) is recorded on its row and skipped; the
 * others go on. Summaries are sanitized on write like any HTML we show. RelatedBlog rows are
 * refreshed from their own feeds the same way.
 */
import "server-only";
import { emit } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { FetchRefusedError, safeFetch, type SafeFetchOptions } from "@/lib/platform/fetch";
import { log } from "@/lib/platform/log";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { BLOGS_PATH, blogsTags, FEED_MAX_BYTES, FEED_TIMEOUT_MS } from "./constants";
import { parseFeedEntries, type ParsedEntry } from "./utils";

export type FeedImportResult = {
  feedId: number;
  status: "imported" | "not-modified" | "failed";
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  error?: string;
};

export type SyncResult = { feeds: FeedImportResult[]; relatedBlogs: number };

type FetchOverrides = Partial<SafeFetchOptions>;

const describe = (e: unknown): string =>
  e instanceof FetchRefusedError
    ? `${e.reason}: ${e.message}`
    : e instanceof Error
      ? e.message
      : String(e);

async function fetchFeed(url: string, validators: { etag?: string | null; lastModified?: string | null }, opts: FetchOverrides) {
  return safeFetch(url, {
    headers: {
      accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1",
      ...(validators.etag ? { "if-none-match": validators.etag } : {}),
      ...(validators.lastModified ? { "if-modified-since": validators.lastModified } : {}),
    },
    maxBytes: FEED_MAX_BYTES,
    timeoutMs: FEED_TIMEOUT_MS,
    acceptStatus: (s) => (s >= 200 && s < 300) || s === 304,
    ...opts,
  });
}

/** Upserts the entries in one transaction; returns the ids written and the counts. */
async function upsertEntries(feedId: number, entries: ParsedEntry[]) {
  // One URL once: a feed listing a post twice keeps its first (newest) copy.
  const byUrl = new Map<string, ParsedEntry>();
  for (const e of entries) if (!byUrl.has(e.url)) byUrl.set(e.url, e);
  const rows = [...byUrl.values()].map((e) => ({ ...e, summary: e.summary ? renderMarkup(e.summary, "html") : "" }));
  return db.$transaction(async (tx) => {
    const existing = await tx.blogEntry.findMany({
      where: { url: { in: rows.map((r) => r.url) } },
      select: { id: true, url: true, title: true, summary: true, pubDate: true, feedId: true },
    });
    const known = new Map(existing.map((e) => [e.url, e]));
    const written: number[] = [];
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (const r of rows) {
      const before = known.get(r.url);
      if (!before) {
        written.push((await tx.blogEntry.create({ data: { ...r, feedId }, select: { id: true } })).id);
        created++;
      } else if (
        before.title !== r.title ||
        before.summary !== r.summary ||
        before.pubDate.getTime() !== r.pubDate.getTime() ||
        before.feedId !== feedId
      ) {
        await tx.blogEntry.update({ where: { id: before.id }, data: { ...r, feedId } });
        written.push(before.id);
        updated++;
      } else unchanged++;
    }
    return { written, created, updated, unchanged };
  });
}

/** Reads one feed. Never throws for the feed's own faults: they are recorded and returned. */
export async function importFeed(feedId: number, opts: FetchOverrides = {}): Promise<FeedImportResult> {
  const feed = await db.feed.findUnique({
    where: { id: feedId },
    select: { id: true, feedUrl: true, etag: true, lastModified: true },
  });
  const empty = { feedId, created: 0, updated: 0, unchanged: 0, skipped: 0 };
  if (!feed) return { ...empty, status: "failed", error: "no such feed" };
  try {
    const res = await fetchFeed(feed.feedUrl, feed, opts);
    if (res.status === 304) {
      await db.feed.update({ where: { id: feedId }, data: { lastImport: new Date(), lastError: null, lastErrorAt: null } });
      return { ...empty, status: "not-modified" };
    }
    const { entries, skipped } = parseFeedEntries(res.body);
    const counts = await upsertEntries(feedId, entries);
    const note = skipped ? `${skipped} entries skipped: no link or no valid date` : null;
    await db.feed.update({
      where: { id: feedId },
      data: {
        lastImport: new Date(),
        etag: res.headers.get("etag")?.slice(0, 500) ?? null,
        lastModified: res.headers.get("last-modified")?.slice(0, 100) ?? null,
        lastError: note,
        lastErrorAt: note ? new Date() : null,
      },
    });
    for (const id of counts.written) await emit("search/document.changed", { type: "news", objectId: String(id) });
    const { written: _written, ...n } = counts;
    return { feedId, status: "imported", ...n, skipped };
  } catch (e) {
    const error = describe(e).slice(0, 1000);
    log.warn({ feedId, error }, "blog feed import failed; skipped");
    await db.feed.update({ where: { id: feedId }, data: { lastError: error, lastErrorAt: new Date() } });
    return { ...empty, status: "failed", error };
  }
}

/** models.py RelatedBlog.update_blog_data: the newest entry's title and date; a failure is logged and skipped. */
export async function refreshRelatedBlogs(opts: FetchOverrides = {}): Promise<number> {
  const blogs = await db.relatedBlog.findMany({ select: { id: true, feedUrl: true } });
  let refreshed = 0;
  for (const b of blogs) {
    try {
      const res = await fetchFeed(b.feedUrl, {}, opts);
      const newest = parseFeedEntries(res.body).entries.sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime())[0];
      if (!newest) continue;
      await db.relatedBlog.update({
        where: { id: b.id },
        data: { lastEntryPublished: newest.pubDate, lastEntryTitle: newest.title.slice(0, 500) },
      });
      refreshed++;
    } catch (e) {
      log.warn({ relatedBlogId: b.id, error: describe(e) }, "related blog refresh failed; skipped");
    }
  }
  return refreshed;
}

/**
 * update_blogs: every feed one after the other (one bad feed never stops the rest), then the
 * related blogs; when anything changed, /blogs/ and the home page's news are revalidated and the
 * supernav-python-blog box is generated again.
 */
export async function syncAllFeeds(opts: FetchOverrides = {}): Promise<SyncResult> {
  const feeds = await db.feed.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const results = await importFeeds(
    feeds.map((f) => f.id),
    opts,
  );
  return { feeds: results, relatedBlogs: await refreshRelatedBlogs(opts) };
}

/** The given feeds one after the other; when anything changed, the pages and the box follow. */
export async function importFeeds(feedIds: number[], opts: FetchOverrides = {}): Promise<FeedImportResult[]> {
  const results: FeedImportResult[] = [];
  for (const id of feedIds) results.push(await importFeed(id, opts));
  if (results.some((r) => r.created || r.updated)) {
    await revalidateDomain([blogsTags.blogs], { paths: [BLOGS_PATH] });
    await emit("boxes/regenerate.requested", { reason: "blog entries imported" });
  }
  return results;
}

/** FeedAdmin's add: a new feed, read on the next sync. A taken feed URL is a field error. */
export async function addFeed(input: { name: string; websiteUrl: string; feedUrl: string }) {
  return db.feed
    .create({ data: input, select: { id: true } })
    .catch((e: unknown) => {
      const mapped = fromPrismaError(e);
      if (mapped instanceof AppError && mapped.code === "conflict")
        throw new AppError("validation_failed", "The feed is not valid.", {
          fields: { feedUrl: ["This feed is already listed."] },
        });
      throw mapped;
    });
}

/** Deletes a feed and its entries (Django's CASCADE); the pages that showed them follow. */
export async function deleteFeed(id: number): Promise<void> {
  await db.feed.delete({ where: { id }, select: { id: true } }).catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await revalidateDomain([blogsTags.blogs], { paths: [BLOGS_PATH] });
  await emit("boxes/regenerate.requested", { reason: "blog feed deleted" });
}
