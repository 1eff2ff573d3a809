/**
 * CMS page rules shared by the admin, the API and the routing (apps/pages/models.py): the path
 * validator, how a stored path is normalised, and which layout a page's template name picks.
 */

/** Page.path's validator: lowercase letters, digits, hyphens and dots, separated by slashes. */
export const PAGE_PATH_RE = /^\/?([a-z0-9-.]+)(\/[a-z0-9-.]+)*\/?$/;
export const PAGE_PATH_MESSAGE =
  "Enter a valid path: lowercase letters, digits, hyphens and dots, separated by slashes.";

/** Page.clean(): the slashes at either end are not stored. */
export function normalizePath(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}

export const isValidPagePath = (path: string) => PAGE_PATH_RE.test(path) && normalizePath(path) !== "";

/** The public URL of a stored path (Page.get_absolute_url). */
export const pageUrl = (path: string) => `/${normalizePath(path)}/`;

/**
 * The layouts python.org's pages choose with `template_name` (templates/pages/, templates/psf/).
 * Unknown or empty names get the default layout, as Django's default template.
 */
export const PAGE_TEMPLATES = [
  { value: "", label: "Default (section sidebar)" },
  { value: "psf/default.html", label: "PSF page (PSF navigation and sidebar)" },
  { value: "psf/full-width.html", label: "PSF page, full width" },
  { value: "pages/raw.html", label: "Raw (the content alone, sent with its content type)" },
] as const;

export type PageLayout = "default" | "psf" | "psf-full-width" | "raw";

export function layoutOf(templateName: string): PageLayout {
  switch (templateName.trim()) {
    case "psf/default.html":
      return "psf";
    case "psf/full-width.html":
      return "psf-full-width";
    case "pages/raw.html":
      return "raw";
    default:
      return "default";
  }
}

/** text/html (any parameters) is rendered in the site's layout; anything else is sent as it is. */
export const isHtmlContentType = (contentType: string) =>
  /^text\/html\s*(;|$)/i.test(contentType.trim() || "text/html");

/** A page served as bytes rather than inside the site (raw template, or not HTML). */
export const isRawPage = (p: { templateName: string; contentType: string }) =>
  layoutOf(p.templateName) === "raw" || !isHtmlContentType(p.contentType);

/** A Content-Type header value for a stored content type (charset added to text types). */
export function responseContentType(contentType: string): string {
  const type = contentType.trim() || "text/html";
  return /^text\//i.test(type) && !/charset=/i.test(type) ? `${type}; charset=utf-8` : type;
}
