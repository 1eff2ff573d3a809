import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { seedNavigation } from "@/tests/factories/navigation";
import { listMenuNodes } from "./data";
import { createMenuItem, deleteMenuItem, moveMenuItem, updateMenuItem } from "./mutations";
import type { MenuItemInput } from "./schema";
import { buildNavigation, childrenOf } from "./utils";

let rootId = 0;
const item = (over: Partial<MenuItemInput> = {}): MenuItemInput => ({
  parentId: rootId,
  title: "Mutation test",
  url: "/mutation-test/",
  hint: null,
  alias: null,
  hidden: false,
  inMenu: true,
  inBreadcrumbs: true,
  ...over,
});

// Every test works under its own top-level item, removed (with its subtree) at the end.
beforeAll(async () => {
  await seedNavigation(db);
  rootId = (await createMenuItem(item({ parentId: null, title: "Mutations root", url: "/mutations-root/" })))
    .id;
});
afterAll(async () => {
  await db.menuItem.deleteMany({ where: { id: rootId } });
  await db.$disconnect();
});

const titlesUnder = async (parentId: number) =>
  childrenOf(await listMenuNodes(), parentId).map((n) => n.title);

describe("menu item mutations", () => {
  it("adds items at the end of their parent's children", async () => {
    const a = await createMenuItem(item({ title: "A" }));
    const b = await createMenuItem(item({ title: "B" }));
    expect(await titlesUnder(rootId)).toEqual(["A", "B"]);
    await deleteMenuItem(a.id);
    await deleteMenuItem(b.id);
  });

  it("renames an item and the main nav shows the new title", async () => {
    const about = (await listMenuNodes()).find((n) => n.title === "About" && n.url === "/about/")!;
    await updateMenuItem(about.id, { ...item(), ...about, title: "About Python" });
    expect(buildNavigation(await listMenuNodes()).python.map((s) => s.title)).toContain("About Python");
    await updateMenuItem(about.id, { ...item(), ...about, title: "About" });
  });

  it("swaps neighbours up and down in a transaction, and does nothing past the ends", async () => {
    const ids = [];
    for (const title of ["One", "Two", "Three"]) ids.push((await createMenuItem(item({ title }))).id);
    expect(await moveMenuItem(ids[2]!, "up")).toEqual({ moved: true });
    expect(await titlesUnder(rootId)).toEqual(["One", "Three", "Two"]);
    expect(await moveMenuItem(ids[0]!, "up")).toEqual({ moved: false });
    await moveMenuItem(ids[0]!, "down");
    expect(await titlesUnder(rootId)).toEqual(["Three", "One", "Two"]);
    for (const id of ids) await deleteMenuItem(id);
  });

  it("moves an item with its subtree to another parent, and refuses a move under its own descendant", async () => {
    const parent = await createMenuItem(item({ title: "Parent" }));
    const child = await createMenuItem(item({ title: "Child", parentId: parent.id }));
    const grandchild = await createMenuItem(item({ title: "Grandchild", parentId: child.id }));
    await expect(
      updateMenuItem(parent.id, item({ title: "Parent", parentId: grandchild.id })),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { parentId: ["An item cannot move under itself or one of its own items."] },
    });
    await expect(
      updateMenuItem(parent.id, item({ title: "Parent", parentId: parent.id })),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    await updateMenuItem(child.id, item({ title: "Child", parentId: rootId }));
    expect(await titlesUnder(rootId)).toEqual(["Parent", "Child"]);
    expect(await titlesUnder(child.id)).toEqual(["Grandchild"]);
    await deleteMenuItem(parent.id);
    await deleteMenuItem(child.id);
  });

  it("deletes an item with everything below it", async () => {
    const top = await createMenuItem(item({ title: "Top" }));
    const mid = await createMenuItem(item({ title: "Mid", parentId: top.id }));
    const leaf = await createMenuItem(item({ title: "Leaf", parentId: mid.id }));
    expect(await deleteMenuItem(top.id)).toEqual({ deleted: 3 });
    expect(await db.menuItem.count({ where: { id: { in: [top.id, mid.id, leaf.id] } } })).toBe(0);
  });

  it("refuses a taken alias on the field, an unknown parent, and edits of a missing item", async () => {
    await expect(createMenuItem(item({ alias: "python-meta" }))).rejects.toMatchObject({
      code: "conflict",
      fields: { alias: ["This value is already in use."] },
    });
    await expect(createMenuItem(item({ parentId: 2_000_000_000 }))).rejects.toMatchObject({
      fields: { parentId: ["No such parent item."] },
    });
    await expect(updateMenuItem(2_000_000_000, item())).rejects.toMatchObject({ code: "not_found" });
    await expect(moveMenuItem(2_000_000_000, "up")).rejects.toMatchObject({ code: "not_found" });
  });
});
