import { describe, expect, it } from "vitest";
import { workGroupFormSchema } from "./schema";

const form = (over: Record<string, string> = {}) => ({
  name: " Packaging Outreach ",
  slug: "",
  url: "https://example.org/packaging-wg",
  shortDescription: "Helps projects publish wheels.",
  purpose: "Teach *packaging*.",
  purposeMarkupType: "markdown",
  activeTime: "Two years.",
  activeTimeMarkupType: "restructuredtext",
  coreValues: "Kindness.",
  coreValuesMarkupType: "restructuredtext",
  rules: "Majority vote.",
  rulesMarkupType: "plain",
  communication: "A monthly call.",
  communicationMarkupType: "restructuredtext",
  support: "",
  supportMarkupType: "restructuredtext",
  organizers: "alice",
  members: "alice, bob",
  ...over,
});

describe("workGroupFormSchema", () => {
  it("turns the form into the domain's input, the usernames apart for the action to resolve", () => {
    const out = workGroupFormSchema.parse({ ...form(), id: "3", active: "on" });
    expect(out.id).toBe(3);
    expect(out.people).toEqual({ organizers: ["alice"], members: ["alice", "bob"] });
    expect(out.input).toMatchObject({
      name: "Packaging Outreach",
      slug: "",
      active: true,
      approved: false,
      purposeMarkupType: "markdown",
      rulesMarkupType: "plain",
      support: "",
    });
    expect(out.input).not.toHaveProperty("organizers");
  });

  it("requires the five texts Django requires (support may stay empty), an organizer and a member", () => {
    const result = workGroupFormSchema.safeParse(
      form({
        purpose: "",
        activeTime: " ",
        coreValues: "",
        rules: "",
        communication: "",
        organizers: ", ",
        members: "",
      }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(
      ["activeTime", "communication", "coreValues", "members", "organizers", "purpose", "rules"].sort(),
    );
  });

  it("refuses an unknown markup type, a slug with spaces and a URL that is not http(s)", () => {
    const result = workGroupFormSchema.safeParse(
      form({ supportMarkupType: "markdown_unsafe", slug: "two words", url: "javascript:alert(1)" }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "slug",
      "supportMarkupType",
      "url",
    ]);
  });
});
