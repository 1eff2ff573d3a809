import { describe, expect, it } from "vitest";
import { minutesFormSchema } from "./schema";

describe("minutesFormSchema", () => {
  it("turns the form into the domain's input: the day at midnight UTC, the checkbox as a boolean", () => {
    const parsed = minutesFormSchema.parse({
      id: "3",
      date: "2025-04-09",
      content: "Attendees\r\n=========\r\n",
      contentMarkupType: "restructuredtext",
      isPublished: "on",
    });
    expect(parsed.id).toBe(3);
    expect(parsed.input.date.toISOString()).toBe("2025-04-09T00:00:00.000Z");
    expect(parsed.input.content).toBe("Attendees\n=========\n");
    expect(parsed.input.isPublished).toBe(true);
  });

  it("keys a missing or impossible date and an unknown markup type by their fields", () => {
    for (const date of ["", "2025-02-30"]) {
      const result = minutesFormSchema.safeParse({ date, content: "", contentMarkupType: "latex" });
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["contentMarkupType", "date"]);
    }
  });
});
