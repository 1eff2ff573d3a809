import "server-only";
import { db } from "@/lib/platform/db";
import { MAIN_TREE } from "./constants";
import type { MenuNode } from "./types";

const nodeSelect = {
  id: true,
  title: true,
  url: true,
  hint: true,
  alias: true,
  hidden: true,
  inMenu: true,
  inBreadcrumbs: true,
  sortOrder: true,
  parentId: true,
} as const;

/** The whole tree in one query (~115 rows); menus, breadcrumbs and sidebars are computed from it. */
export async function listMenuNodes(tree = MAIN_TREE): Promise<MenuNode[]> {
  return db.menuItem.findMany({
    where: { tree },
    orderBy: [{ parentId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: nodeSelect,
  });
}

export async function getMenuNode(id: number): Promise<MenuNode | null> {
  return db.menuItem.findUnique({ where: { id }, select: nodeSelect });
}
