import { parseFeed } from "@rowanmanning/feed-parser";
import { htmlToText } from "@/lib/platform/search/text";

/**
 * models.py BlogEntry.excerpt: the visible text of the summary HTML, here cut to `words` words
 * as the /blogs/ template's truncatewords does ("…" when something was cut). Plain text: the
 * page escapes it as any text.
 */
export function excerpt(summaryHtml: string, words = 50): string {
  const all = htmlToText(summaryHtml).split(" ").filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(" ")} …` : all.join(" ");
}

/**
 * apps/blogs/parser.py: posts of the Python Insider's old blogspot host are linked on
 * blog.python.org (pythondotorg#2685), always over https; other URLs are kept as they are.
 */
export function rewriteBlogUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.hostname.toLowerCase() !== "pythoninsider.blogspot.com") return url;
    return `https://blog.python.org${u.pathname}${u.search}${u.hash}`;
  } catch {
    return url;
  }
}

export type ParsedEntry = { title: string; summary: string; url: string; pubDate: Date };

/**
 * apps/blogs/parser.py get_all_entries: each entry's title, summary, date (UTC) and link, the
 * link moved off blogspot. Entries without a link or a usable date are counted as skipped
 * rather than stored with a made-up date. Throws when the text is not an RSS or Atom feed.
 */
export function parseFeedEntries(xml: string): { entries: ParsedEntry[]; skipped: number } {
  const feed: { items: FeedItemLike[] } = parseFeed(xml);
  const entries: ParsedEntry[] = [];
  let skipped = 0;
  for (const item of feed.items) {
    const when = item.published ?? item.updated;
    const url = item.url?.trim();
    if (!url || !/^https?:\/\//i.test(url) || !when || Number.isNaN(when.getTime())) {
      skipped++;
      continue;
    }
    entries.push({
      title: (item.title ?? "").trim().slice(0, 200) || url.slice(0, 200),
      summary: item.description ?? item.content ?? "",
      url: rewriteBlogUrl(url).slice(0, 1000),
      pubDate: when,
    });
  }
  return { entries, skipped };
}

/** The parts of a parsed feed item (@rowanmanning/feed-parser FeedItem) the import reads. */
export type FeedItemLike = {
  title: string | null;
  url: string | null;
  description: string | null;
  content: string | null;
  published: Date | null;
  updated: Date | null;
};
