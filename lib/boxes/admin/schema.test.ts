import { describe, expect, it } from "vitest";
import { boxFormSchema, boxPreviewSchema } from "./schema";

describe("boxFormSchema", () => {
  it("turns the form into the domain's input: a trimmed label, the content kept as typed, the id apart", () => {
    expect(
      boxFormSchema.parse({
        id: "4",
        label: " download-dev ",
        contentMarkupType: "restructuredtext",
        content: "Title\r\n=====\r\n\n  indented\n",
      }),
    ).toEqual({
      id: 4,
      input: {
        label: "download-dev",
        contentMarkupType: "restructuredtext",
        content: "Title\n=====\n\n  indented\n",
      },
    });
  });

  it("refuses labels that are not slugs and unknown markup types, per field", () => {
    const result = boxFormSchema.safeParse({
      label: "no spaces/allowed",
      contentMarkupType: "markdown_unsafe",
      content: "",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["contentMarkupType", "label"]);
    expect(
      boxFormSchema.safeParse({ label: "x".repeat(101), contentMarkupType: "html", content: "" }).success,
    ).toBe(false);
  });

  it("the preview takes the content and its markup type only", () => {
    expect(boxPreviewSchema.parse({ content: "*hi*", contentMarkupType: "markdown", id: "1" })).toEqual({
      content: "*hi*",
      contentMarkupType: "markdown",
    });
  });
});
