/**
 * Cache tags of the companies. Companies have no public pages, but success stories show a linked
 * company's name, URL and logo: a story page is tagged with `company:<id>` (the success stories
 * loaders), so a company's change revalidates exactly the stories that show it, and the
 * success-stories CDN section answers to `companies` (lib/site/cdn-sections.mjs).
 */
export const companiesTags = {
  companies: "companies",
  company: (id: number) => `company:${id}`,
} as const;

/**
 * Company logos (apps/companies/models.py: ImageField upload_to="companies/logos/"). Only raster
 * types a browser cannot run are taken: SVG may carry scripts, so it is refused outright.
 */
export const LOGO_PREFIX = "companies/logos";
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_TYPES: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};
/** What the file input offers (the server checks the bytes whatever the browser sent). */
export const LOGO_ACCEPT = Object.keys(LOGO_TYPES).join(",");

/** django-markupfield's markup types (markdown_unsafe is the pages app's own). */
export const MARKUP_TYPE_OPTIONS = [
  { value: "restructuredtext", label: "reStructuredText" },
  { value: "markdown", label: "Markdown" },
  { value: "html", label: "HTML" },
  { value: "plain", label: "Plain text" },
] as const;
