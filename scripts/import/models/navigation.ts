/**
 * django-sitetree: trees are looked up (their alias becomes each item's `tree`), items keep their
 * place under their parent. A URL given as a Django URL name (urlaspattern) becomes our path;
 * an unknown name fails the row, so no menu links to nowhere.
 */
import type { Mapping } from "../types";
import { bool, int, legacyPk, MapError, str, strOrNull } from "./common";

/** The URL names fixtures/sitetree_menus.json uses, resolved to our paths. */
export const URL_NAMES: Record<string, string> = {
  home: "/",
  about: "/about/",
  blog: "/blogs/",
  documentation: "/doc/",
  "download:download": "/downloads/",
  "psf-landing": "/psf-landing/",
  "jobs:job_list": "/jobs/",
  "jobs:job_types": "/jobs/types/",
  "jobs:job_categories": "/jobs/categories/",
  "jobs:job_locations": "/jobs/locations/",
  "jobs:job_create": "/jobs/create/",
  "events:events": "/events/",
};
/** Placeholder items of the real tree ("Coming soon", inner pages): not shown, not imported. */
const PLACEHOLDERS = new Set(["inner", "comingsoon"]);

export function menuUrl(url: string, asPattern: boolean): string | null {
  if (!asPattern) return url;
  const name = url.trim().replace(/^["']|["']$/g, "");
  if (PLACEHOLDERS.has(name)) return null;
  const path = URL_NAMES[name];
  if (!path) throw new MapError(`URL name "${name}" has no page here`);
  return path;
}

const tree: Mapping = { model: "sitetree.tree", lookup: (row) => str(row.fields.alias, "main") || "main" };

const item: Mapping = {
  model: "sitetree.treeitem",
  table: "menuItem",
  dependsOn: ["sitetree.tree"],
  selfRef: { field: "parent", column: "parentId" },
  adopt: (d) =>
    d.alias ? { alias: d.alias } : { tree: d.tree, title: d.title, url: d.url, parentId: d.parentId },
  map(row, ctx) {
    const f = row.fields;
    const url = menuUrl(str(f.url), bool(f.urlaspattern));
    if (url === null) return { skip: "placeholder item" };
    const treeAlias = ctx.lookup("sitetree.tree", f.tree);
    if (!treeAlias) throw new MapError(`tree ${JSON.stringify(f.tree)} is not in the dump`);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        tree: treeAlias,
        title: str(f.title),
        hint: strOrNull(f.hint),
        url,
        alias: strOrNull(f.alias),
        hidden: bool(f.hidden),
        inMenu: bool(f.inmenu, true),
        inBreadcrumbs: bool(f.inbreadcrumbs, true),
        sortOrder: int(f.sort_order),
      },
    };
  },
};

export const navigationMappings: Mapping[] = [tree, item];
