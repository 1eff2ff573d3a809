/** One sitetree row as the menus need it (django-sitetree TreeItem). */
export type MenuNode = {
  id: number;
  title: string;
  url: string;
  hint: string | null;
  alias: string | null;
  hidden: boolean;
  inMenu: boolean;
  inBreadcrumbs: boolean;
  sortOrder: number;
  parentId: number | null;
};

export type MenuLink = { id: number; title: string; url: string; hint: string | null };
/** A top-level section of a menu with its links; `supernav` is the box label of its mega-menu, if any. */
export type MenuSection = MenuLink & { children: MenuLink[]; supernav: string | null };

/** Everything the site shell shows, computed once per cache entry from the whole tree. */
export type SiteNavigation = {
  /** The network trunk: the tree's roots (Python, PSF, Docs, PyPI, Jobs, Community). */
  trunk: MenuLink[];
  /** Main nav on python.org pages (children of python-meta, Contributing left out). */
  python: MenuSection[];
  /** Main nav on PSF pages (children of psf-meta). */
  psf: MenuSection[];
  /** The footer sitemap (children of python-meta, Contributing included). */
  footer: MenuSection[];
};

export type Crumb = { title: string; url: string };

/** The sidebar of a section: its title and links, `current` the link on the visited page's branch. */
export type SectionMenu = { title: string; url: string; items: Crumb[]; current: string | null };
