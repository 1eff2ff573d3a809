/** Cache tag of the site menus (the sitetree app on python.org). */
export const navigationTags = { navigation: "navigation" } as const;

/** The tree the site shows (fixtures/sitetree_menus.json has one, alias "main"). */
export const MAIN_TREE = "main";

/** Root aliases: the python.org menu, the PSF menu, and python-meta's footer-only child. */
export const PYTHON_ROOT = "python-meta";
export const PSF_ROOT = "psf-meta";
export const FOOTER_ONLY = "python-footer";

/**
 * Boxes shown as a main-nav item's mega-menu (templates/sitetree/submenu.html: li#<slugified
 * title>, filled by static/js/script.js from /box/supernav-python-<id>/). News is the blog's.
 */
export const SUPERNAV_LABELS = [
  "supernav-python-about",
  "supernav-python-downloads",
  "supernav-python-documentation",
  "supernav-python-community",
  "supernav-python-success-stories",
  "supernav-python-blog",
  "supernav-python-events",
] as const;
