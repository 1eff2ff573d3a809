import { describe, expect, it } from "vitest";
import { isValidPagePath, pageUrl } from "@/lib/pages/utils";
import { siteTreeInternalUrls } from "@/tests/factories/navigation";
import { PAGES, pageContent } from "@/tests/factories/pages";

// Internal paths the seeded site serves from app routes (not CMS pages).
const APP_PATHS = new Set([
  "/",
  "/about/",
  "/downloads/",
  "/downloads/windows/",
  "/downloads/macos/",
  "/downloads/source/",
  "/doc/",
  "/doc/versions/",
  "/psf-landing/",
  "/search/",
  "/psf/records/board/minutes/",
  "/accounts/signup/",
]);
// Menu sections built by their own apps later; pages must not link to them yet.
const NOT_BUILT = [
  "/events/",
  "/jobs/",
  "/blogs/",
  "/success-stories/",
  "/psf/sponsors/",
  "/users/membership/",
  "/downloads/android/",
  "/downloads/ios/",
];

const PAGE_URLS = new Set(PAGES.map((p) => pageUrl(p.path)));
const rendered = PAGES.map((p) => ({ page: p, html: pageContent(p).contentRendered }));
const words = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;

describe("demo CMS pages", () => {
  it("have valid, unique paths stored without slashes at the ends", () => {
    for (const p of PAGES) {
      expect(isValidPagePath(p.path), p.path).toBe(true);
      expect(p.path).toBe(p.path.replace(/^\/+|\/+$/g, ""));
    }
    expect(new Set(PAGES.map((p) => p.path)).size).toBe(PAGES.length);
  });

  it("leave the about page to its app route and keep community", () => {
    expect(PAGES.some((p) => p.path === "about")).toBe(false);
    expect(PAGES.some((p) => p.path === "community")).toBe(true);
  });

  it("cover every internal menu link that no app route serves", () => {
    const missing = siteTreeInternalUrls().filter(
      (url) => !APP_PATHS.has(url) && !NOT_BUILT.some((s) => url.startsWith(s)) && !PAGE_URLS.has(url),
    );
    expect(missing).toEqual([]);
  });

  it("link internally only to seeded pages and built app routes", () => {
    const bad: string[] = [];
    for (const { page, html } of rendered) {
      for (const [, href] of html.matchAll(/href="(\/[^"]*)"/g)) {
        const path = href!.replace(/&amp;/g, "&").split(/[?#]/)[0]!;
        if (!PAGE_URLS.has(path) && !APP_PATHS.has(path)) bad.push(`${page.path}: ${href}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("render to real pages: headings, 150 to 500 words (the PSF index is short), no reST errors", () => {
    for (const { page, html } of rendered) {
      expect(html, page.path).toMatch(/<h[23][ >]/);
      const n = words(html);
      expect(n, `${page.path} has ${n} words`).toBeGreaterThanOrEqual(page.path === "psf" ? 80 : 150);
      expect(n, `${page.path} has ${n} words`).toBeLessThanOrEqual(500);
      expect(html, page.path).not.toMatch(/system-message|problematic/);
      // renderMarkup's fallback when docutils fails: the escaped source in one <pre>.
      if (page.markup === "restructuredtext") expect(html.startsWith("<pre>"), page.path).toBe(false);
    }
  });

  it("mix the markups and use the PSF layouts where python.org does", () => {
    const count = (m: string) => PAGES.filter((p) => p.markup === m).length;
    expect(count("restructuredtext")).toBeGreaterThanOrEqual(Math.floor(PAGES.length / 4));
    expect(count("html")).toBeGreaterThanOrEqual(3);
    expect(count("markdown")).toBeGreaterThan(count("restructuredtext"));
    for (const p of PAGES) {
      const expected = ["psf/bylaws", "psf/license"].includes(p.path)
        ? "psf/full-width.html"
        : p.path === "psf" || p.path.startsWith("psf/") || p.path === "about/legal"
          ? "psf/default.html"
          : "";
      expect(p.template ?? "", p.path).toBe(expected);
    }
  });
});
