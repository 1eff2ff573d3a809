import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId } from "@/lib/admin/utils";
import { getMenuNode, listMenuNodes } from "@/lib/navigation/data";
import { flattenTree } from "@/lib/navigation/utils";
import { navigationSection } from "./constants";

/** The parent choices for the form: every item, indented by depth, in tree order. */
function parentOptions(nodes: Awaited<ReturnType<typeof listMenuNodes>>) {
  return flattenTree(nodes).map(({ node, depth }) => ({
    value: String(node.id),
    label: `${"— ".repeat(depth)}${node.title} (${node.url})`,
  }));
}

/** The whole tree (uncached: editors see their own writes). */
export async function loadAdminMenuTree() {
  await requireAdmin("/admin/navigation/", navigationSection);
  return listMenuNodes();
}

/** The add form, optionally under a parent (?parent=<id>). */
export async function loadAdminMenuItemForm(parent?: string) {
  await requireAdmin("/admin/navigation/new/", navigationSection);
  const nodes = await listMenuNodes();
  const parentId = parent ? dbId(parent) : null;
  return {
    parents: parentOptions(nodes),
    parentId: parentId !== null && nodes.some((n) => n.id === parentId) ? parentId : null,
  };
}

/** One item's form; 404 when there is no such item. */
export async function loadAdminMenuItem(id: string) {
  await requireAdmin(`/admin/navigation/${id}/`, navigationSection);
  const item = dbId(id) === null ? null : await getMenuNode(dbId(id)!);
  if (!item) notFound();
  const nodes = await listMenuNodes();
  return { item, parents: parentOptions(nodes), below: nodes.filter((n) => n.parentId === item.id).length };
}
