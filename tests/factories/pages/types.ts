/** One demo CMS page (apps/pages Page): source in one markup, rendered when it is seeded. */
export type PageSeed = {
  /** Stored without slashes at the ends, as Page.clean() leaves it. */
  path: string;
  title: string;
  keywords?: string;
  description?: string;
  /** The source, in `markup`. */
  body: string;
  markup: "markdown" | "restructuredtext" | "html";
  /** "" (default layout), "psf/default.html" or "psf/full-width.html". */
  template?: string;
};

export const PSF_TEMPLATE = "psf/default.html";
export const PSF_FULL_WIDTH = "psf/full-width.html";
