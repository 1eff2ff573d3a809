import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/admin/utils";
import { db } from "@/lib/platform/db";
import { WORK_GROUP_LIST_SPEC } from "./admin/constants";
import { getAdminWorkGroup, listAdminWorkGroups, resolvePeople } from "./admin/data";
import { createWorkGroup, deleteWorkGroup, updateWorkGroup } from "./mutations";
import type { WorkGroupInput } from "./schema";

const stamp = `${Date.now() % 1_000_000}`;
const users: Record<"ann" | "ben" | "cy", { id: number; username: string }> = {} as never;
const made: number[] = [];

beforeAll(async () => {
  for (const name of ["ann", "ben", "cy"] as const)
    users[name] = await db.user.create({
      data: { username: `wg${name}${stamp}` },
      select: { id: true, username: true },
    });
});

afterAll(async () => {
  await db.workGroup.deleteMany({ where: { id: { in: made } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users).map((u) => u.id) } } });
});

const input = (over: Partial<WorkGroupInput> = {}): WorkGroupInput => ({
  name: `Docs Translation ${stamp}`,
  slug: "",
  active: true,
  approved: false,
  shortDescription: "Translates the tutorial.",
  url: "",
  purpose: "Translate the **tutorial**.",
  purposeMarkupType: "markdown",
  activeTime: "Until the tutorial is done.",
  activeTimeMarkupType: "plain",
  coreValues: "Accuracy.",
  coreValuesMarkupType: "restructuredtext",
  rules: '<p onclick="x()">Consensus</p><script>alert(1)</script>',
  rulesMarkupType: "html",
  communication: "A mailing list.",
  communicationMarkupType: "plain",
  support: "",
  supportMarkupType: "restructuredtext",
  organizerIds: [users.ann.id],
  memberIds: [users.ann.id, users.ben.id],
  ...over,
});

const people = async (id: number) => {
  const g = (await getAdminWorkGroup(id))!;
  return {
    organizers: g.organizers.map((r) => r.user.username),
    members: g.members.map((r) => r.user.username),
  };
};

describe("work group mutations", () => {
  it("creates a group with its slug made from the name, markup rendered and sanitized, people and creator set", async () => {
    const row = await createWorkGroup(input(), users.cy.id);
    made.push(row.id);
    expect(row.slug).toBe(`docs-translation-${stamp}`);
    const stored = await db.workGroup.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.purposeRendered).toContain("<strong>tutorial</strong>");
    expect(stored.rulesRendered).toBe("<p>Consensus</p>");
    expect(stored.activeTimeRendered).toBe("<p>Until the tutorial is done.</p>");
    expect([stored.creatorId, stored.lastModifiedById]).toEqual([users.cy.id, users.cy.id]);
    expect(await people(row.id)).toEqual({
      organizers: [users.ann.username],
      members: [users.ann.username, users.ben.username].sort(),
    });
  });

  it("an update replaces the organizers and members and records who changed it", async () => {
    const row = await createWorkGroup(input({ slug: `replace-${stamp}` }), users.cy.id);
    made.push(row.id);
    await updateWorkGroup(
      row.id,
      input({ slug: `replace-${stamp}`, organizerIds: [users.ben.id], memberIds: [users.cy.id] }),
      users.ann.id,
    );
    expect(await people(row.id)).toEqual({ organizers: [users.ben.username], members: [users.cy.username] });
    const stored = await db.workGroup.findUniqueOrThrow({ where: { id: row.id } });
    expect([stored.creatorId, stored.lastModifiedById]).toEqual([users.cy.id, users.ann.id]);
  });

  it("a failing people write leaves the group as it was (one transaction)", async () => {
    const row = await createWorkGroup(input({ slug: `atomic-${stamp}` }), users.cy.id);
    made.push(row.id);
    const gone = 2_000_000_000;
    await expect(
      updateWorkGroup(
        row.id,
        input({ slug: `atomic-${stamp}`, name: "Renamed", memberIds: [gone] }),
        users.ann.id,
      ),
    ).rejects.toBeTruthy();
    const stored = (await getAdminWorkGroup(row.id))!;
    expect(stored.name).toBe(`Docs Translation ${stamp}`);
    expect(stored.members.map((m) => m.user.username)).toEqual(
      [users.ann.username, users.ben.username].sort(),
    );
    await expect(
      createWorkGroup(input({ slug: `atomic-new-${stamp}`, organizerIds: [gone] }), users.cy.id),
    ).rejects.toBeTruthy();
    expect(await db.workGroup.count({ where: { slug: `atomic-new-${stamp}` } })).toBe(0);
  });

  it("a slug in use is the slug field's error, and a name with no letters needs a slug", async () => {
    const row = await createWorkGroup(input({ slug: `taken-${stamp}` }), users.cy.id);
    made.push(row.id);
    await expect(createWorkGroup(input({ slug: `taken-${stamp}` }), users.cy.id)).rejects.toMatchObject({
      code: "validation_failed",
      fields: { slug: ["A work group with this slug already exists."] },
    });
    await expect(createWorkGroup(input({ name: "???" }), users.cy.id)).rejects.toMatchObject({
      fields: { slug: [expect.stringContaining("Enter a slug")] },
    });
  });

  it("updating or deleting a group that is gone is not found", async () => {
    await expect(
      updateWorkGroup(2_000_000_000, input({ slug: `gone-${stamp}` }), users.ann.id),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteWorkGroup(2_000_000_000)).rejects.toMatchObject({ code: "not_found" });
  });

  it("deleting a group removes its people rows", async () => {
    const row = await createWorkGroup(input({ slug: `delete-${stamp}` }), users.cy.id);
    await deleteWorkGroup(row.id);
    expect(await db.workGroupMember.count({ where: { workGroupId: row.id } })).toBe(0);
    expect(await db.workGroup.findUnique({ where: { id: row.id } })).toBeNull();
  });
});

describe("work groups admin data", () => {
  it("resolves usernames case-insensitively and names the unknown ones per field", async () => {
    expect(
      await resolvePeople({
        organizers: [users.ann.username.toUpperCase()],
        members: [users.ben.username, users.ann.username],
      }),
    ).toEqual({ organizerIds: [users.ann.id], memberIds: [users.ben.id, users.ann.id] });
    await expect(
      resolvePeople({
        organizers: [users.ann.username, "nobody-here"],
        members: ["ghost-1", users.ben.username],
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { organizers: ["No user is called nobody-here."], members: ["No user is called ghost-1."] },
    });
  });

  it("the list searches names and filters by active and approved", async () => {
    const a = await createWorkGroup(input({ name: `Zeta ${stamp} one`, approved: true }), users.cy.id);
    const b = await createWorkGroup(input({ name: `Zeta ${stamp} two`, active: false }), users.cy.id);
    made.push(a.id, b.id);
    const list = (raw: Record<string, string>) =>
      listAdminWorkGroups(parseListParams({ q: `zeta ${stamp}`, ...raw }, WORK_GROUP_LIST_SPEC));
    expect((await list({})).rows.map((r) => r.id)).toEqual([a.id, b.id]);
    expect((await list({ approved: "yes" })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await list({ active: "no" })).rows.map((r) => r.id)).toEqual([b.id]);
  });
});
