import "server-only";
import { SITE_SURROGATE_KEY } from "@/lib/platform/cdn/site-key.mjs";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { db } from "@/lib/platform/db";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { MAIN_TREE, navigationTags } from "./constants";
import { listMenuNodes } from "./data";
import type { MenuItemInput, MoveDirection } from "./schema";
import { childrenOf, descendantIds, isCyclicMove, reorderSiblings } from "./utils";

// The menus show on every page (header, footer, breadcrumbs), so a change purges the whole site
// (pydotorg/signals.py purges the sitetree cache on any Tree/TreeItem change). Immediate: the
// editor's next request shows the change.
const afterWrite = () =>
  revalidateDomain([navigationTags.navigation], { surrogateKeys: [SITE_SURROGATE_KEY], mode: "immediate" });

const noParent = () =>
  new AppError("validation_failed", "Check the fields below.", {
    fields: { parentId: ["No such parent item."] },
  });

const nextSortOrder = (nodes: Awaited<ReturnType<typeof listMenuNodes>>, parentId: number | null) =>
  Math.max(-1, ...childrenOf(nodes, parentId).map((n) => n.sortOrder)) + 1;

/** Adds an item at the end of its parent's children (or of the roots). */
export async function createMenuItem(input: MenuItemInput) {
  const nodes = await listMenuNodes(MAIN_TREE);
  if (input.parentId !== null && !nodes.some((n) => n.id === input.parentId)) throw noParent();
  const row = await db.menuItem
    .create({
      data: { ...input, tree: MAIN_TREE, sortOrder: nextSortOrder(nodes, input.parentId) },
      select: { id: true, title: true },
    })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite();
  return row;
}

/**
 * Saves an item; a new parent moves it (to the end of the new parent's children). Throws
 * validation_failed on parentId for a move under itself or its own descendants, not_found when
 * the item is gone, conflict on alias when another item has it.
 */
export async function updateMenuItem(id: number, input: MenuItemInput) {
  const nodes = await listMenuNodes(MAIN_TREE);
  const current = nodes.find((n) => n.id === id);
  if (!current) throw new AppError("not_found", "No such menu item.");
  if (input.parentId !== null && !nodes.some((n) => n.id === input.parentId)) throw noParent();
  if (isCyclicMove(nodes, id, input.parentId))
    throw new AppError("validation_failed", "Check the fields below.", {
      fields: { parentId: ["An item cannot move under itself or one of its own items."] },
    });
  const moved = current.parentId !== input.parentId;
  const row = await db.menuItem
    .update({
      where: { id },
      data: { ...input, ...(moved ? { sortOrder: nextSortOrder(nodes, input.parentId) } : {}) },
      select: { id: true, title: true },
    })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite();
  return row;
}

/** Deletes an item and, by the foreign key's cascade, everything below it; returns how many went. */
export async function deleteMenuItem(id: number): Promise<{ deleted: number }> {
  const nodes = await listMenuNodes(MAIN_TREE);
  if (!nodes.some((n) => n.id === id)) throw new AppError("not_found", "No such menu item.");
  const below = descendantIds(nodes, id).size;
  await db.menuItem.delete({ where: { id } }).catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await afterWrite();
  return { deleted: below + 1 };
}

/** Swaps an item with its previous or next sibling, in one transaction; at either end nothing changes. */
export async function moveMenuItem(id: number, direction: MoveDirection): Promise<{ moved: boolean }> {
  const moved = await db.$transaction(async (tx) => {
    const item = await tx.menuItem.findUnique({ where: { id }, select: { parentId: true, tree: true } });
    if (!item) throw new AppError("not_found", "No such menu item.");
    const siblings = await tx.menuItem.findMany({
      where: { tree: item.tree, parentId: item.parentId },
      select: {
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
      },
    });
    const changes = reorderSiblings(siblings, id, direction);
    for (const c of changes)
      await tx.menuItem.update({ where: { id: c.id }, data: { sortOrder: c.sortOrder } });
    return changes.length > 0;
  });
  if (moved) await afterWrite();
  return { moved };
}
