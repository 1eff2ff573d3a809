import { describe, expect, it } from "vitest";
import { escapeXml, rssXml } from "./rss";

describe("rssXml", () => {
  const channel = {
    title: "News & notes",
    link: "https://example.org/news/",
    description: "What's <new>",
    items: [
      {
        title: "First <post>",
        link: "https://example.org/news/1/?a=1&b=2",
        description: "<p>Hello</p>",
        pubDate: new Date("2026-11-03T00:00:00Z"),
      },
    ],
  };
  it("escapes text, writes absolute links as guids and RFC 822 dates in UTC", () => {
    const xml = rssXml(channel);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"><channel>/);
    expect(xml).toContain("<title>News &amp; notes</title>");
    expect(xml).toContain("<description>What&apos;s &lt;new&gt;</description>");
    expect(xml).toContain("<title>First &lt;post&gt;</title>");
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/news/1/?a=1&amp;b=2</guid>');
    expect(xml).toContain("<pubDate>Tue, 03 Nov 2026 00:00:00 GMT</pubDate>");
    expect(xml).not.toContain("atom:link");
  });
  it("names its own URL and last build when given", () => {
    const xml = rssXml({
      ...channel,
      selfLink: "https://example.org/news/feed/",
      lastBuildDate: channel.items[0]!.pubDate,
    });
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<atom:link href="https://example.org/news/feed/" rel="self"></atom:link>');
    expect(xml).toContain("<lastBuildDate>Tue, 03 Nov 2026 00:00:00 GMT</lastBuildDate>");
  });
  it("escapes every XML-special character", () =>
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"));
});
