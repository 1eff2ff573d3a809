/**
 * RSS 2.0 documents as Django's syndication framework writes them (the downloads, minutes and,
 * later, jobs and events feeds): escaped text, absolute links, RFC 822 dates in UTC.
 */

export const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!,
  );

export type RssItem = { title: string; link: string; description: string; pubDate: Date };

export type RssChannel = {
  title: string;
  link: string;
  description: string;
  /** The feed's own URL (an atom:link rel="self"), when the feed names it. */
  selfLink?: string;
  /** lastBuildDate: the newest item's date, when given. */
  lastBuildDate?: Date;
  items: readonly RssItem[];
};

export function rssXml(channel: RssChannel): string {
  const items = channel.items
    .map((i) =>
      [
        "<item>",
        `<title>${escapeXml(i.title)}</title>`,
        `<link>${escapeXml(i.link)}</link>`,
        `<description>${escapeXml(i.description)}</description>`,
        `<pubDate>${i.pubDate.toUTCString()}</pubDate>`,
        `<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
        "</item>",
      ].join(""),
    )
    .join("\n");
  const atom = channel.selfLink ? ' xmlns:atom="http://www.w3.org/2005/Atom"' : "";
  const self = channel.selfLink
    ? `<atom:link href="${escapeXml(channel.selfLink)}" rel="self"></atom:link>`
    : "";
  const built = channel.lastBuildDate
    ? `<lastBuildDate>${channel.lastBuildDate.toUTCString()}</lastBuildDate>`
    : "";
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"${atom}><channel><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link><description>${escapeXml(channel.description)}</description>${self}<language>en-us</language>${built}
${items}
</channel></rss>
`;
}
