import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createUserGroup, deleteUserGroup, updateUserGroup } from "./mutations";
import { userGroupFormSchema } from "./schema";

// apps/users UserGroup through the admin form's schema and the mutations, against real rows.
const stamp = Date.now();
const ids: number[] = [];
afterAll(async () => {
  await db.pythonUserGroup.deleteMany({ where: { id: { in: ids } } });
});

const form = (over: Record<string, string> = {}) =>
  userGroupFormSchema.safeParse({
    name: `PyGroup ${stamp}`,
    location: "Lagos, Nigeria",
    url: "https://example.org/pygroup",
    urlType: "meetup",
    startDate: "2019-04-01",
    approved: "on",
    ...over,
  });

describe("Python user groups", () => {
  it("creates, updates and deletes a group; the date is a calendar date", async () => {
    const parsed = form();
    expect(parsed.success).toBe(true);
    const { id } = await createUserGroup(parsed.data!.input);
    ids.push(id);
    let row = await db.pythonUserGroup.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      name: `PyGroup ${stamp}`,
      approved: true,
      trusted: false,
      urlType: "meetup",
    });
    expect(row.startDate?.toISOString().slice(0, 10)).toBe("2019-04-01");
    await updateUserGroup(id, form({ trusted: "on", startDate: "" }).data!.input);
    row = await db.pythonUserGroup.findUniqueOrThrow({ where: { id } });
    expect([row.trusted, row.startDate]).toEqual([true, null]);
    expect(await deleteUserGroup(id)).toBe(true);
    expect(await deleteUserGroup(id)).toBe(false);
  });

  it("refuses an unknown URL type, a non-http address and a bad date with field errors", () => {
    const parsed = form({ urlType: "fax", url: "javascript:alert(1)", startDate: "2019-13-45", name: "" });
    expect(parsed.success).toBe(false);
    const fields = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(Object.keys(fields).sort()).toEqual(["name", "startDate", "url", "urlType"]);
  });

  it("updating a group that is gone is a 404, not a crash", async () => {
    await expect(updateUserGroup(2_000_000_000, form().data!.input)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
