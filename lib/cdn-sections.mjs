// @ts-check
/**
 * Surrogate keys per site section, shared by lib/cdn.ts and next.config.mjs (which sets them on
 * cached public pages without running the proxy). A section's pages answer to python.org's keys
 * (`pydotorg-app` and the first path segment, pydotorg/middleware.py GlobalSurrogateKey) and to
 * the cache-tag names (lib/cache-tags.ts) of the data they show, so purging a tag reaches them.
 * `/getit/` mirrors `/downloads/` (apps/downloads/urls.py) and also answers to `downloads`.
 */
export const SITE_SURROGATE_KEY = "pydotorg-app";

/** @type {Record<string, readonly string[]>} first path segment ("" = home) -> extra keys */
export const SECTION_KEYS = {
  // The home page's download widget and /doc/'s version lists show releases: a publish purges them.
  "": ["releases", "boxes", "blogs", "events", "success-stories", "code-samples", "banners"],
  doc: ["releases"],
  downloads: ["releases", "boxes", "sponsors"],
  download: ["releases", "boxes"],
  getit: ["downloads", "releases", "boxes", "sponsors"],
  blogs: ["blogs"],
  events: ["events"],
  "success-stories": ["success-stories"],
  sponsors: ["sponsors"],
  psf: ["sponsors"],
};

/** Sections rendered per person: the proxy sets their CSP nonce and cache headers. */
export const PER_REQUEST_SECTIONS = ["admin", "accounts", "users"];
