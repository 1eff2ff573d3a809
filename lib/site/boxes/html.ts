/**
 * The code-generated boxes' HTML, from plain data (apps/downloads/templates/downloads/
 * supernav.html, homepage-downloads-box.html, download-sources-box.html;
 * apps/blogs/templates/blogs/supernav.html; apps/successstories/templates/successstories/
 * supernav.html), in our own words. Pure functions: every value is escaped here, and the box
 * mutation sanitizes the result again like any box.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export type HomepageDownloadsInput = { name: string; slug: string };

/** "Download … Latest: Python X.Y.Z" on the home page, linking the release page. */
export function homepageDownloadsHtml(latest: HomepageDownloadsInput): string {
  return [
    '<h2 class="widget-title">Download</h2>',
    "<p>Installers and source code for every Python release are on the downloads pages.</p>",
    `<p>Latest: <a href="/downloads/release/${esc(latest.slug)}/">${esc(latest.name)}</a></p>`,
  ].join("\n");
}

export type OsDownload = {
  osSlug: string;
  osName: string;
  /** The latest Python 3's download-button file for this OS. */
  python3: { url: string; releaseName: string } | null;
  /** The Python install manager's, where there is one. */
  pymanager: { url: string } | null;
};

/** The Downloads mega-menu: one block per OS with a file (the header shows the visitor's), then any OS. */
export function supernavDownloadsHtml(perOs: OsDownload[]): string {
  const blocks = perOs
    .filter((o) => o.python3 || o.pymanager)
    .map((o) => {
      const heading =
        o.osSlug === "source" ? "<h3>Python Source</h3>" : `<h4>Download for ${esc(o.osName)}</h4>`;
      const lines: string[] = [];
      if (o.pymanager) {
        lines.push(`<p><a class="button" href="${esc(o.pymanager.url)}">Python install manager</a></p>`);
        if (o.python3)
          lines.push(
            `<p>Or the standalone installer for <a class="button" href="${esc(o.python3.url)}">${esc(o.python3.releaseName)}</a></p>`,
          );
      } else if (o.python3) {
        lines.push(`<p><a class="button" href="${esc(o.python3.url)}">${esc(o.python3.releaseName)}</a></p>`);
        if (o.osSlug === "windows")
          lines.push("<p><strong>Python 3.9 and later do not run on Windows 7 or earlier.</strong></p>");
      }
      lines.push(
        '<p>Using another system? Python runs on many platforms: <a href="/downloads/">see every download</a>.</p>',
      );
      return `<div class="download-os-${esc(o.osSlug)}">\n${heading}\n${lines.join("\n")}\n</div>`;
    });
  return [
    '<li class="tier-2 super-navigation">',
    ...blocks,
    '<div class="download-unknown">',
    "<h4>Python for any system</h4>",
    "<p>Builds exist for many operating systems and environments.</p>",
    '<p><a class="button" href="/downloads/operating-systems/">All the operating systems</a></p>',
    "</div>",
    "</li>",
  ].join("\n");
}

/** The downloads landing's "Sources" widget with the latest Python 3 source archive. */
export function downloadSourcesHtml(python3SourceUrl: string): string {
  return [
    '<h2 class="widget-title">Sources</h2>',
    "<p>On most Unix-like systems you build Python from its source code. The same archive builds the Windows and macOS versions too, and every port to another platform starts from it.</p>",
    `<p>Get the latest <a href="${esc(python3SourceUrl)}">Python 3 source</a>.</p>`,
    '<p><a class="readmore" href="/downloads/source/">More about the sources</a></p>',
  ].join("\n");
}

const BLOG_DATE = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** Django's truncatewords_html + striptags, for an entry summary: plain text, at most `words` words. */
export function excerpt(html: string, words = 50): string {
  const text = html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
    )
    .split(/\s+/)
    .filter(Boolean);
  return words < text.length ? `${text.slice(0, words).join(" ")} …` : text.join(" ");
}

/** The News mega-menu: the Python Insider's newest post. */
export function supernavBlogHtml(entry: {
  title: string;
  summary: string;
  url: string;
  pubDate: Date;
}): string {
  return [
    '<li class="tier-2 super-navigation">',
    `<p class="date-posted"><small>${esc(BLOG_DATE.format(entry.pubDate))}</small></p>`,
    `<h4>${esc(entry.title)}</h4>`,
    `<p class="excerpt"><small>${esc(excerpt(entry.summary))} <a class="readmore" href="${esc(entry.url)}">Read more</a></small></p>`,
    "</li>",
  ].join("\n");
}

/** The Success Stories mega-menu: the featured story's pull quote and who said it. */
export function supernavStoryHtml(story: {
  author: string;
  pullQuote: string;
  companyName: string;
  companyUrl: string;
}): string {
  const company = story.companyUrl
    ? `<a href="${esc(story.companyUrl)}">${esc(story.companyName)}</a>`
    : esc(story.companyName);
  return [
    '<li class="tier-2 super-navigation">',
    `<blockquote class="success-quote">${esc(story.pullQuote)}</blockquote>`,
    `<p class="quote-by">${esc(story.author)}, ${company}</p>`,
    "</li>",
  ].join("\n");
}
