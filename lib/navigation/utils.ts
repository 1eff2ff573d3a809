/**
 * The sitetree computed in memory (the whole tree is ~115 rows, loaded once per cache entry):
 * the shell's menus, breadcrumbs and section sidebars, and the admin's tree rules. Pure functions.
 */
import { FOOTER_ONLY, PSF_ROOT, PYTHON_ROOT, SUPERNAV_LABELS } from "./constants";
import type { Crumb, MenuLink, MenuNode, MenuSection, SectionMenu, SiteNavigation } from "./types";

/** Django's slugify, as templates/sitetree/submenu.html applies it to a title ("Success Stories" → "success-stories"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[-\s_]+/g, "-");
}

/** The supernav box of a main-nav item, by its slugified title; News shows the blog's box. */
export function supernavLabel(title: string): string | null {
  const slug = slugify(title);
  const label = `supernav-python-${slug === "news" ? "blog" : slug}`;
  return (SUPERNAV_LABELS as readonly string[]).includes(label) ? label : null;
}

/** PSF pages use the psf-meta menu and the PSF look (templates/psf/*.html). */
export function isPsfPath(path: string): boolean {
  return path === "/psf-landing/" || path === "/psf" || path.startsWith("/psf/") || path === "/psf-landing";
}

const byOrder = (a: MenuNode, b: MenuNode) => a.sortOrder - b.sortOrder || a.id - b.id;

/** A node's children in sort order (every one, hidden or not). */
export function childrenOf(nodes: readonly MenuNode[], parentId: number | null): MenuNode[] {
  return nodes.filter((n) => n.parentId === parentId).sort(byOrder);
}

/** Shown in menus: not hidden and marked "in menu" (sitetree's menu filter). */
export const inMenus = (n: MenuNode) => !n.hidden && n.inMenu;

const link = (n: MenuNode): MenuLink => ({ id: n.id, title: n.title, url: n.url, hint: n.hint });

function sectionsUnder(
  nodes: readonly MenuNode[],
  alias: string,
  keep: (n: MenuNode) => boolean,
): MenuSection[] {
  const root = nodes.find((n) => n.alias === alias);
  if (!root || !inMenus(root)) return [];
  return childrenOf(nodes, root.id)
    .filter((n) => inMenus(n) && keep(n))
    .map((n) => ({
      ...link(n),
      supernav: alias === PYTHON_ROOT ? supernavLabel(n.title) : null,
      children: childrenOf(nodes, n.id).filter(inMenus).map(link),
    }));
}

/** The shell's menus: trunk, both main navs, and the footer (base.html's sitetree_menu calls). */
export function buildNavigation(nodes: readonly MenuNode[]): SiteNavigation {
  return {
    trunk: childrenOf(nodes, null).filter(inMenus).map(link),
    // submenu.html skips the python-footer item; footer.html shows it.
    python: sectionsUnder(nodes, PYTHON_ROOT, (n) => n.alias !== FOOTER_ONLY),
    psf: sectionsUnder(nodes, PSF_ROOT, (n) => n.alias !== FOOTER_ONLY),
    footer: sectionsUnder(nodes, PYTHON_ROOT, () => true).map((s) => ({ ...s, supernav: null })),
  };
}

/** A path as the tree stores internal URLs: no query or fragment, ending in "/". */
export function normalizePath(path: string): string {
  const bare = path.split(/[?#]/)[0] || "/";
  const withLead = bare.startsWith("/") ? bare : `/${bare}`;
  return withLead.endsWith("/") ? withLead : `${withLead}/`;
}

/** Root to node, both included. */
export function chainOf(nodes: readonly MenuNode[], node: MenuNode): MenuNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const chain: MenuNode[] = [];
  const seen = new Set<number>();
  for (let cur: MenuNode | undefined = node; cur && !seen.has(cur.id); cur = byId.get(cur.parentId ?? -1)) {
    seen.add(cur.id);
    chain.unshift(cur);
  }
  return chain;
}

type Match = { node: MenuNode; chain: MenuNode[]; exact: boolean };

/**
 * The tree item a path belongs to: within python-meta and psf-meta, an item whose URL is the path
 * wins, else the one whose URL is the longest prefix of it (PSF's root also owns /psf/…). Ties go
 * to the path's own site (PSF or Python), then the shallowest item, then sort order: /downloads/
 * is the Downloads section rather than its "All releases" link.
 */
export function matchPath(nodes: readonly MenuNode[], rawPath: string): Match | null {
  const path = normalizePath(rawPath);
  const psfPath = isPsfPath(path);
  let best: { score: number[]; node: MenuNode; chain: MenuNode[]; exact: boolean } | null = null;
  for (const node of nodes) {
    if (!node.url.startsWith("/")) continue;
    const chain = chainOf(nodes, node);
    const rootAlias = chain[0]?.alias;
    if (rootAlias !== PYTHON_ROOT && rootAlias !== PSF_ROOT) continue;
    const prefixes = node.alias === PSF_ROOT ? [node.url, "/psf/"] : [node.url];
    const matched = prefixes.filter((p) => p.endsWith("/") && path.startsWith(p));
    if (matched.length === 0) continue;
    const exact = prefixes[0] === path;
    const length = Math.max(...matched.map((p) => p.length));
    const home = (rootAlias === PSF_ROOT) === psfPath ? 1 : 0;
    const score = [exact ? 1 : 0, length, home, -chain.length, -node.sortOrder, -node.id];
    if (!best || compareScores(score, best.score) > 0) best = { score, node, chain, exact };
  }
  return best && { node: best.node, chain: best.chain, exact: best.exact };
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * Breadcrumbs for a page (templates/sitetree/breadcrumbs.html): the matched item's ancestors that
 * are "in breadcrumbs", ending at the page (the item itself, or `pageTitle` / "This Page" below
 * it). Fewer than two crumbs means none are shown.
 */
export function breadcrumbsFor(nodes: readonly MenuNode[], rawPath: string, pageTitle?: string): Crumb[] {
  const path = normalizePath(rawPath);
  const match = matchPath(nodes, path);
  if (!match) return [];
  const above = match.exact ? match.chain.slice(0, -1) : match.chain;
  const crumbs = above.filter((n) => n.inBreadcrumbs).map((n) => ({ title: n.title, url: n.url }));
  crumbs.push({ title: match.exact ? match.node.title : pageTitle || "This Page", url: path });
  return crumbs.length < 2 ? [] : crumbs;
}

/**
 * The section sidebar for a page: the top-level section (a child of python-meta or psf-meta) on
 * the matched item's branch with its menu links; `current` is the link on that branch.
 */
export function sectionMenuFor(nodes: readonly MenuNode[], rawPath: string): SectionMenu | null {
  const path = normalizePath(rawPath);
  const match = matchPath(nodes, path);
  const section = match?.chain[1];
  if (!match || !section) return null;
  const items = childrenOf(nodes, section.id)
    .filter(inMenus)
    .map((n) => ({ title: n.title, url: n.url }));
  if (items.length === 0) return null;
  const current = match.chain[2]?.url ?? (match.exact ? path : null);
  return { title: section.title, url: section.url, items, current };
}

/** Every id below a node (children, grandchildren, …). */
export function descendantIds(nodes: readonly MenuNode[], id: number): Set<number> {
  const found = new Set<number>();
  const queue = [id];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const n of nodes)
      if (n.parentId === parent && !found.has(n.id)) {
        found.add(n.id);
        queue.push(n.id);
      }
  }
  return found;
}

/** A move is refused when the new parent is the item itself or one of its descendants (a cycle). */
export function isCyclicMove(nodes: readonly MenuNode[], id: number, parentId: number | null): boolean {
  return parentId !== null && (parentId === id || descendantIds(nodes, id).has(parentId));
}

/** The tree depth-first in sort order, with each row's depth (the admin's nested list). */
export function flattenTree(nodes: readonly MenuNode[]): { node: MenuNode; depth: number }[] {
  const out: { node: MenuNode; depth: number }[] = [];
  const seen = new Set<number>();
  const walk = (parentId: number | null, depth: number) => {
    for (const node of childrenOf(nodes, parentId)) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push({ node, depth });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * Moving one item up or down among its siblings: the rows whose sortOrder changes (the two that
 * swap, plus any tied siblings renumbered so the order is total). Empty at either end.
 */
export function reorderSiblings(
  siblings: readonly MenuNode[],
  id: number,
  direction: "up" | "down",
): { id: number; sortOrder: number }[] {
  const order = [...siblings].sort(byOrder);
  const at = order.findIndex((n) => n.id === id);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= order.length) return [];
  [order[at], order[to]] = [order[to]!, order[at]!];
  return order.flatMap((n, i) => (n.sortOrder === i ? [] : [{ id: n.id, sortOrder: i }]));
}
