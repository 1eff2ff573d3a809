import { describe, expect, it } from "vitest";
import { SITE_TREE, type MenuSeed } from "@/tests/factories/navigation";
import type { MenuNode } from "./types";
import {
  breadcrumbsFor,
  buildNavigation,
  descendantIds,
  flattenTree,
  isCyclicMove,
  isPsfPath,
  matchPath,
  normalizePath,
  reorderSiblings,
  sectionMenuFor,
  slugify,
  supernavLabel,
} from "./utils";

/** The seeded tree as rows, ids in walk order (what the seed writes). */
function nodesFrom(seed: MenuSeed[]): MenuNode[] {
  const out: MenuNode[] = [];
  const walk = (items: MenuSeed[], parentId: number | null) =>
    items.forEach((item, sortOrder) => {
      const id = out.length + 1;
      out.push({
        id,
        parentId,
        sortOrder,
        title: item.title,
        url: item.url,
        hint: item.hint ?? null,
        alias: item.alias ?? null,
        hidden: item.hidden ?? false,
        inMenu: item.inMenu ?? true,
        inBreadcrumbs: item.inBreadcrumbs ?? true,
      });
      walk(item.children ?? [], id);
    });
  walk(seed, null);
  return out;
}

const tree = nodesFrom(SITE_TREE);
const byTitle = (title: string, under?: string) =>
  tree.find((n) => n.title === title && (!under || tree.find((p) => p.id === n.parentId)?.title === under))!;

describe("the shell's menus", () => {
  const nav = buildNavigation(tree);

  it("has the network trunk as the tree's roots", () => {
    expect(nav.trunk.map((l) => [l.title, l.url])).toEqual([
      ["Python", "/"],
      ["PSF", "/psf-landing/"],
      ["Docs", "https://docs.python.org"],
      ["PyPI", "https://pypi.org/"],
      ["Jobs", "/jobs/"],
      ["Community", "/community/"],
    ]);
  });

  it("has python-meta's sections in the main nav without Contributing, each with its supernav box", () => {
    expect(nav.python.map((s) => [s.title, s.supernav])).toEqual([
      ["About", "supernav-python-about"],
      ["Downloads", "supernav-python-downloads"],
      ["Documentation", "supernav-python-documentation"],
      ["Community", "supernav-python-community"],
      ["Success Stories", "supernav-python-success-stories"],
      ["News", "supernav-python-blog"],
      ["Events", "supernav-python-events"],
    ]);
  });

  it("leaves hidden and not-in-menu items out of the menus", () => {
    const events = nav.python.find((s) => s.title === "Events")!;
    expect(events.children.map((c) => c.title)).not.toContain("Categories");
    const donations = nav.psf.find((s) => s.title === "Donations")!;
    expect(donations.children.map((c) => c.title)).toEqual([
      "Donations",
      "Volunteer",
      "Contribution forms",
      "Suspicious checks",
    ]);
  });

  it("has psf-meta's sections in the PSF nav, with no supernavs", () => {
    expect(nav.psf.map((s) => s.title)).toEqual([
      "About",
      "Sponsorship",
      "Membership",
      "Donations",
      "Grants",
      "Legal",
      "Media",
      "PSF Blog",
    ]);
    expect(nav.psf.every((s) => s.supernav === null)).toBe(true);
  });

  it("shows Contributing in the footer sitemap with its links", () => {
    const last = nav.footer.at(-1)!;
    expect([last.title, last.url]).toEqual(["Contributing", "/dev/"]);
    expect(last.children.map((c) => c.title)).toContain("Developer's Guide");
    expect(nav.footer).toHaveLength(8);
  });

  it("is empty for a tree without the roots", () => {
    expect(buildNavigation([])).toEqual({ trunk: [], python: [], psf: [], footer: [] });
  });
});

describe("slugs and paths", () => {
  it("slugifies titles as Django does", () => {
    expect(slugify("Success Stories")).toBe("success-stories");
    expect(slugify("  Café & Co. ")).toBe("cafe-co");
    expect(supernavLabel("News")).toBe("supernav-python-blog");
    expect(supernavLabel("PSF Blog")).toBeNull();
  });

  it("knows the PSF pages and normalises paths", () => {
    expect(["/psf-landing/", "/psf/about/", "/psf"].map(isPsfPath)).toEqual([true, true, true]);
    expect(["/", "/psfoo/", "/about/psf/"].map(isPsfPath)).toEqual([false, false, false]);
    expect(normalizePath("/doc/av?x=1#top")).toBe("/doc/av/");
    expect(normalizePath("about")).toBe("/about/");
  });
});

describe("breadcrumbs", () => {
  it("climbs from a nested page to the root", () => {
    expect(breadcrumbsFor(tree, "/about/apps/")).toEqual([
      { title: "Python", url: "/" },
      { title: "About", url: "/about/" },
      { title: "Applications", url: "/about/apps/" },
    ]);
  });

  it("ends a page below a known item with the page's title, or This Page", () => {
    expect(breadcrumbsFor(tree, "/about/apps/web/", "Web apps").map((c) => c.title)).toEqual([
      "Python",
      "About",
      "Applications",
      "Web apps",
    ]);
    expect(breadcrumbsFor(tree, "/nowhere/").map((c) => c.title)).toEqual(["Python", "This Page"]);
  });

  it("shows none on the home page (one crumb)", () => {
    expect(breadcrumbsFor(tree, "/")).toEqual([]);
  });

  it("puts PSF pages under the PSF root, even those the tree does not list", () => {
    expect(breadcrumbsFor(tree, "/psf/trademarks/pycon/").map((c) => c.title)).toEqual([
      "PSF",
      "Legal",
      "Trademark policy",
      "PyCon Trademark Policy",
    ]);
    expect(breadcrumbsFor(tree, "/psf/unlisted/").map((c) => c.title)).toEqual(["PSF", "This Page"]);
  });

  it("prefers the shallowest of items sharing a URL, and the path's own site on a tie", () => {
    expect(matchPath(tree, "/downloads/")!.node.title).toBe("Downloads");
    expect(matchPath(tree, "/psf/grants/")!.node.title).toBe("Grants");
    expect(matchPath(tree, "/community/awards/")!.chain[1]!.title).toBe("Community");
  });

  it("skips ancestors that are not in breadcrumbs but still ends at the page", () => {
    expect(breadcrumbsFor(tree, "/dev/core-mentorship/").map((c) => c.title)).toEqual([
      "Python",
      "Core Mentorship",
    ]);
    expect(breadcrumbsFor(tree, "/dev/").map((c) => c.title)).toEqual(["Python", "Contributing"]);
  });

  it("ignores the trunk's other roots (Jobs) and external links", () => {
    expect(matchPath(tree, "/jobs/types/")!.node.alias).toBe("python-meta");
  });
});

describe("section sidebars", () => {
  it("gives the section of a page with its links and the page's link current", () => {
    const menu = sectionMenuFor(tree, "/about/apps/")!;
    expect([menu.title, menu.url, menu.current]).toEqual(["About", "/about/", "/about/apps/"]);
    expect(menu.items.map((i) => i.title)).toEqual([
      "Applications",
      "Quotes",
      "Getting Started",
      "Help",
      "Python Brochure",
    ]);
  });

  it("marks the branch for deeper pages and the same-URL link on the section's own page", () => {
    expect(sectionMenuFor(tree, "/psf/trademarks/pycon/")!.current).toBe("/psf/trademarks/");
    expect(sectionMenuFor(tree, "/downloads/")!.current).toBe("/downloads/");
    expect(sectionMenuFor(tree, "/about/")!.current).toBe("/about/");
  });

  it("is null outside any section", () => {
    expect(sectionMenuFor(tree, "/")).toBeNull();
    expect(sectionMenuFor(tree, "/nowhere/")).toBeNull();
  });
});

describe("tree edits", () => {
  const psf = byTitle("PSF");
  const legal = byTitle("Legal", "PSF");
  const trademarks = byTitle("Trademark policy");

  it("finds every descendant", () => {
    const below = descendantIds(tree, legal.id);
    expect(below.has(trademarks.id)).toBe(true);
    expect(below.has(byTitle("PyCon Trademark Policy").id)).toBe(true);
    expect(below.has(psf.id)).toBe(false);
  });

  it("refuses moving an item under itself or a descendant, allows elsewhere and to the top", () => {
    expect(isCyclicMove(tree, legal.id, legal.id)).toBe(true);
    expect(isCyclicMove(tree, legal.id, byTitle("PyCon Trademark Policy").id)).toBe(true);
    expect(isCyclicMove(tree, trademarks.id, psf.id)).toBe(false);
    expect(isCyclicMove(tree, legal.id, null)).toBe(false);
  });

  it("flattens depth-first with depths", () => {
    const flat = flattenTree(tree);
    expect(flat).toHaveLength(tree.length);
    expect(flat.slice(0, 3).map((r) => [r.node.title, r.depth])).toEqual([
      ["Python", 0],
      ["About", 1],
      ["Applications", 2],
    ]);
  });

  it("swaps neighbours, renumbers ties, and does nothing past either end", () => {
    const sibs: MenuNode[] = [
      { ...legal, id: 1, sortOrder: 0 },
      { ...legal, id: 2, sortOrder: 5 },
      { ...legal, id: 3, sortOrder: 5 },
    ];
    expect(reorderSiblings(sibs, 3, "up")).toEqual([
      { id: 3, sortOrder: 1 },
      { id: 2, sortOrder: 2 },
    ]);
    expect(reorderSiblings(sibs, 1, "up")).toEqual([]);
    expect(reorderSiblings(sibs, 3, "down")).toEqual([]);
    expect(reorderSiblings(sibs, 1, "down")).toEqual([
      { id: 2, sortOrder: 0 },
      { id: 1, sortOrder: 1 },
      { id: 3, sortOrder: 2 },
    ]);
  });
});
