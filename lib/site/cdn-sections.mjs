// @ts-check
/**
 * Surrogate keys per site section (a composition root), shared by proxy.ts and next.config.mjs (which sets them on
 * cached public pages without running the proxy). A section's pages answer to python.org's keys
 * (`pydotorg-app` and the first path segment, pydotorg/middleware.py GlobalSurrogateKey) and to
 * the cache-tag names (each domain's `tags` in its constants.ts) of the data they show, so purging a tag reaches them.
 * `/getit/` mirrors `/downloads/` (apps/downloads/urls.py) and also answers to `downloads`.
 */
import { SITE_SURROGATE_KEY } from "../platform/cdn/site-key.mjs";

export { SITE_SURROGATE_KEY };

/** @type {Record<string, readonly string[]>} first path segment ("" = home) -> extra keys */
export const SECTION_KEYS = {
  // The home page's download widget and /doc/'s version lists show releases: a publish purges them.
  "": ["releases", "boxes", "blogs", "events", "success-stories", "code-samples", "banners"],
  doc: ["releases", "boxes"],
  // /about/legal/ is a PSF-layout page: the PSF banner and sidebar box.
  about: ["boxes", "banners"],
  "psf-landing": ["boxes", "banners", "blogs"],
  shell: ["releases", "boxes", "blogs", "events", "success-stories", "banners"],
  box: ["boxes"],
  downloads: ["releases", "boxes", "sponsors", "banners"],
  download: ["releases", "boxes"],
  getit: ["downloads", "releases", "boxes", "sponsors"],
  blogs: ["blogs", "boxes"],
  events: ["events"],
  jobs: ["jobs", "boxes", "sponsors"],
  // A story shows its linked company (name, URL, logo): a company change purges the section.
  "success-stories": ["success-stories", "boxes", "companies"],
  // /community/ lists posts with the community boxes; its other pages are CMS pages.
  community: ["community", "boxes"],
  sponsors: ["sponsors"],
  // /membership/ is gated by the psf_membership flag.
  membership: ["flags"],
  // PSF CMS pages show the PSF banner and the PSF sidebar box (lib/site/pages/loaders.ts).
  psf: ["sponsors", "minutes", "boxes", "banners"],
};

/** Sections rendered per person: the proxy sets their CSP nonce and cache headers. */
export const PER_REQUEST_SECTIONS = ["admin", "accounts", "users"];

/**
 * The domain keys for a path's section (see SECTION_KEYS); pages not listed get none.
 * @param {string} pathname
 * @returns {readonly string[]}
 */
export function sectionKeysFor(pathname) {
  const first = pathname.split("/").find((segment) => segment !== "") ?? "";
  return Object.hasOwn(SECTION_KEYS, first) ? (SECTION_KEYS[first] ?? []) : [];
}
