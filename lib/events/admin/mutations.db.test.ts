import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createCategory, createLocation } from "./mutations";
import { locationFormSchema } from "./schema";

const slug = `places-test-${process.pid}-${Date.now()}`;
let calendarId = 0;
beforeAll(async () => {
  calendarId = (await db.calendar.create({ data: { slug, name: "Places test" } })).id;
});
afterAll(async () => {
  await db.calendar.delete({ where: { id: calendarId } });
});

describe("events admin: categories and locations", () => {
  it("a category's slug comes from its name; a second one with the same name is a conflict", async () => {
    const name = `Data Science ${slug}`;
    const { id } = await createCategory({ calendarId, name });
    expect((await db.eventCategory.findUniqueOrThrow({ where: { id } })).slug).toBe(`data-science-${slug}`);
    await expect(createCategory({ calendarId, name })).rejects.toMatchObject({ code: "conflict" });
  });

  it("a location keeps its zone; the form refuses an unknown zone", async () => {
    const { id } = await createLocation({ calendarId, name: "Town hall", address: "", url: "", timeZone: "Europe/Vienna" });
    expect((await db.eventLocation.findUniqueOrThrow({ where: { id } })).timeZone).toBe("Europe/Vienna");
    expect(locationFormSchema.safeParse({ calendarId, name: "X", address: "", url: "", timeZone: "Nowhere/Land" }).success).toBe(false);
  });
});
