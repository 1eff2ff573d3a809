import { afterAll, describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/admin/utils";
import { db } from "@/lib/platform/db";
import { BOX_LIST_SPEC } from "./admin/constants";
import { listAdminBoxes } from "./admin/data";
import { getBoxesHtml, getBoxHtml } from "./data";
import { createBox, deleteBox, updateBox, writeGeneratedBox } from "./mutations";

const stamp = Date.now();
const label = (name: string) => `t${stamp}-${name}`;
const made: string[] = [];
let userId: number;

afterAll(async () => {
  await db.box.deleteMany({ where: { label: { in: made } } });
  await db.user.deleteMany({ where: { username: `boxes-${stamp}` } });
  await db.$disconnect();
});

async function editor() {
  userId ??= (
    await db.user.create({
      data: { username: `boxes-${stamp}`, email: `boxes-${stamp}@example.org`, password: "!" },
      select: { id: true },
    })
  ).id;
  return userId;
}

describe("box mutations", () => {
  it("renders the markup on write, sanitized, and records who created and changed the box", async () => {
    const who = await editor();
    const row = await createBox(
      {
        label: label("intro"),
        contentMarkupType: "markdown",
        content: "**Hello** <script>alert(1)</script>",
      },
      who,
    );
    made.push(row.label);
    const html = await getBoxHtml(row.label);
    expect(html).toContain("<strong>Hello</strong>");
    expect(html).not.toContain("<script");
    const stored = await db.box.findUniqueOrThrow({
      where: { id: row.id },
      select: { creatorId: true, lastModifiedById: true },
    });
    expect(stored).toEqual({ creatorId: who, lastModifiedById: who });

    await updateBox(row.id, { label: row.label, contentMarkupType: "html", content: "<p>Bye</p>" }, who);
    expect(await getBoxHtml(row.label)).toBe("<p>Bye</p>");
  });

  it("a taken label is a field error on label, and a missing box is not found", async () => {
    const first = await createBox({ label: label("dup"), contentMarkupType: "plain", content: "one" }, null);
    made.push(first.label);
    await expect(
      createBox({ label: first.label, contentMarkupType: "plain", content: "two" }, null),
    ).rejects.toMatchObject({ code: "conflict", fields: { label: [expect.any(String)] } });
    await expect(
      updateBox(2_000_000_000, { label: label("gone"), contentMarkupType: "plain", content: "" }, null),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to create or edit a generated box by hand, or to rename a box into one", async () => {
    const input = { contentMarkupType: "html" as const, content: "<p>hand-made</p>" };
    await expect(createBox({ ...input, label: "homepage-downloads" }, null)).rejects.toMatchObject({
      code: "validation_failed",
      fields: { label: [expect.stringContaining("generated")] },
    });
    const mine = await createBox({ ...input, label: label("rename") }, null);
    made.push(mine.label);
    await expect(updateBox(mine.id, { ...input, label: "download-sources" }, null)).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("a generated box is written only when its content changes", async () => {
    const before = await db.box.findUnique({ where: { label: "supernav-python-blog" } });
    try {
      expect(await writeGeneratedBox("supernav-python-blog", `<p>news ${stamp}</p>`)).toBe(true);
      expect(await writeGeneratedBox("supernav-python-blog", `<p>news ${stamp}</p>`)).toBe(false);
      expect((await getBoxesHtml(["supernav-python-blog"]))["supernav-python-blog"]).toBe(
        `<p>news ${stamp}</p>`,
      );
      await expect(writeGeneratedBox(label("x"), "<p>x</p>")).rejects.toMatchObject({ code: "bad_request" });
    } finally {
      if (before)
        await db.box.update({
          where: { id: before.id },
          data: { content: before.content, contentRendered: before.contentRendered },
        });
      else await db.box.deleteMany({ where: { label: "supernav-python-blog" } });
    }
  });

  it("deleting a box removes it from the pages that show it", async () => {
    const row = await createBox(
      { label: label("bye"), contentMarkupType: "plain", content: "gone soon" },
      null,
    );
    made.push(row.label);
    await deleteBox(row.id);
    expect(await getBoxHtml(row.label)).toBeNull();
    await expect(deleteBox(row.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("the admin list searches labels and tells generated boxes from edited ones", async () => {
    const a = await createBox({ label: label("zebra-a"), contentMarkupType: "plain", content: "" }, null);
    const b = await createBox({ label: label("zebra-b"), contentMarkupType: "plain", content: "" }, null);
    made.push(a.label, b.label);
    const list = (raw: Record<string, string>) => listAdminBoxes(parseListParams(raw, BOX_LIST_SPEC));
    expect((await list({ q: `${stamp}-zebra` })).rows.map((r) => r.label)).toEqual([a.label, b.label]);
    expect((await list({ q: `${stamp}-zebra`, dir: "desc" })).rows.map((r) => r.label)).toEqual([
      b.label,
      a.label,
    ]);
    expect((await list({ q: `${stamp}-zebra`, kind: "generated" })).total).toBe(0);
    const generated = await list({ kind: "generated" });
    expect(generated.rows.every((r) => !r.label.startsWith("t"))).toBe(true);
  });
});
