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
