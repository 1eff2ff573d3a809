import "server-only";
import { db } from "@/lib/platform/db";
import type { MenuSection } from "./types";

/**
 * The visible sections under a root item (by alias, e.g. "python-meta") with their visible children,
 * in sort order.
 */
export async function listMenuSections(rootAlias = "python-meta", tree = "main"): Promise<MenuSection[]> {
  const rows = await db.menuItem.findMany({
    where: { tree, hidden: false, inMenu: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, title: true, url: true, hint: true, parentId: true, alias: true },
  });
  const root = rows.find((r) => r.alias === rootAlias);
  if (!root) return [];
  const sections = rows
    .filter((r) => r.parentId === root.id && r.alias !== "python-footer")
    .map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      hint: r.hint,
      children: [] as MenuSection["children"],
    }));
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const r of rows) {
    if (r.parentId !== null)
      byId.get(r.parentId)?.children.push({ id: r.id, title: r.title, url: r.url, hint: r.hint });
  }
  return sections;
}
