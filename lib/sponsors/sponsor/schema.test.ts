import { describe, expect, it } from "vitest";
import { contactsFormsetSchema, contactsFromForm } from "./schema";

describe("the sponsor-info contacts formset", () => {
  it("keeps stored rows with their id, drops untouched extra rows, and lists deleted ids apart", () => {
    const { rows, deleted } = contactsFromForm({
      "contact-TOTAL_FORMS": "4",
      "contact-0-id": "7",
      "contact-0-name": "Ann",
      "contact-0-email": "ann@example.org",
      "contact-0-phone": "1",
      "contact-1-id": "8",
      "contact-1-name": "Bo",
      "contact-1-DELETE": "on",
      "contact-2-name": "",
      "contact-3-name": "Cy",
      "contact-3-email": "cy@example.org",
      "contact-3-phone": "2",
      "contact-3-primary": "on",
    });
    expect(deleted).toEqual([8]);
    expect(rows.map((r) => [r.index, r.id, r.name])).toEqual([
      [0, 7, "Ann"],
      [3, undefined, "Cy"],
    ]);
    expect(contactsFormsetSchema.parse(rows.map(({ index: _i, ...r }) => r))[1]).toMatchObject({
      primary: true,
    });
  });

  it("wants one contact at least and a primary one (SponsorUpdateForm.clean)", () => {
    expect(contactsFormsetSchema.safeParse([]).error?.issues[0]?.message).toBe(
      "You have to enter at least one contact",
    );
    const none = contactsFormsetSchema.safeParse([{ name: "A", email: "a@example.org", phone: "1" }]);
    expect(none.error?.issues[0]?.message).toBe("You have to mark at least one contact as the primary one.");
  });
});
