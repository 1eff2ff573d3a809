import { describe, expect, it } from "vitest";
import { excerpt, homepageDownloadsHtml, supernavDownloadsHtml, supernavStoryHtml } from "./html";

describe("generated box HTML", () => {
  it("homepage-downloads links the latest release page", () => {
    expect(homepageDownloadsHtml({ name: "Python 3.14.0", slug: "python-3140" })).toContain(
      'Latest: <a href="/downloads/release/python-3140/">Python 3.14.0</a>',
    );
  });

  it("the downloads supernav offers the install manager first where there is one, and skips systems without files", () => {
    const html = supernavDownloadsHtml([
      {
        osSlug: "windows",
        osName: "Windows",
        python3: { url: "https://x/py.exe", releaseName: "Python 3.14.0" },
        pymanager: { url: "https://x/pm.msix" },
      },
      {
        osSlug: "macos",
        osName: "macOS",
        python3: { url: "https://x/py.pkg", releaseName: "Python 3.14.0" },
        pymanager: null,
      },
      { osSlug: "android", osName: "Android", python3: null, pymanager: null },
    ]);
    expect(html.indexOf("pm.msix")).toBeLessThan(html.indexOf("py.exe"));
    expect(html).toContain('<div class="download-os-macos">');
    expect(html).not.toContain("download-os-android");
    // The Windows 7 note goes with a plain installer only (templates/downloads/supernav.html).
    expect(html).not.toContain("Windows 7");
    expect(html).toContain('href="/downloads/operating-systems/"');
  });

  it("escapes every value it puts in the HTML", () => {
    const html = supernavStoryHtml({
      author: '<img src=x onerror="alert(1)">',
      pullQuote: "a & b",
      companyName: 'Evil "Co"',
      companyUrl: 'https://x/"><script>',
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("a &amp; b");
    expect(html).toContain("Evil &quot;Co&quot;");
  });

  it("cuts a summary to plain words, like truncatewords_html then striptags", () => {
    expect(excerpt("<p>one <b>two</b>&nbsp;three &amp; four</p>", 3)).toBe("one two three …");
    expect(excerpt("<p>short</p>")).toBe("short");
  });
});
