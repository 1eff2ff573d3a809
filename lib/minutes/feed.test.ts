import { describe, expect, it } from "vitest";
import { minutesFeedXml } from "./feed";

describe("minutesFeedXml (apps/minutes/feeds.py MinutesFeed)", () => {
  const xml = minutesFeedXml(
    [
      { date: new Date(Date.UTC(2025, 5, 12)), contentHtml: "<p>Grants & <em>events</em></p>" },
      { date: new Date(Date.UTC(2025, 4, 12)), contentHtml: "<p>May</p>" },
    ],
    "https://www.example.org/",
  );

  it("names the channel as python.org does, with absolute links", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain("<title>PSF Board Meeting Minutes Feed</title>");
    expect(xml).toContain("<description>PSF Board Meeting Minutes</description>");
    expect(xml).toContain("<link>https://www.example.org/psf/records/board/minutes/</link>");
  });

  it("titles each item with its date, dates it at midnight UTC and links it absolutely", () => {
    const items = xml.match(/<item>.*?<\/item>/g)!;
    expect(items).toHaveLength(2);
    expect(items[0]).toContain("<title>PSF Meeting Minutes for 2025-06-12</title>");
    expect(items[0]).toContain("<pubDate>Thu, 12 Jun 2025 00:00:00 GMT</pubDate>");
    expect(items[0]).toContain("<link>https://www.example.org/psf/records/board/minutes/2025-06-12/</link>");
  });

  it("escapes the rendered minutes inside the description", () => {
    expect(xml).toContain(
      "<description>&lt;p&gt;Grants &amp; &lt;em&gt;events&lt;/em&gt;&lt;/p&gt;</description>",
    );
  });
});
