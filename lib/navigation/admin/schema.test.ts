import { describe, expect, it } from "vitest";
import { menuItemFormSchema, moveMenuItemSchema } from "./schema";

const form = (over: Record<string, string> = {}) => ({
  parentId: "7",
  title: " Applications ",
  url: "/about/apps/",
  hint: "",
  alias: "",
  inMenu: "on",
  ...over,
});

describe("menuItemFormSchema", () => {
  it("turns the form into the domain's input: parent id, trimmed text, empty optionals as null, checkboxes", () => {
    expect(menuItemFormSchema.parse({ ...form(), id: "12", inBreadcrumbs: "on" })).toEqual({
      id: 12,
      input: {
        parentId: 7,
        title: "Applications",
        url: "/about/apps/",
        hint: null,
        alias: null,
        hidden: false,
        inMenu: true,
        inBreadcrumbs: true,
      },
    });
  });

  it("takes an empty parent as a top-level item", () => {
    expect(menuItemFormSchema.parse(form({ parentId: "" })).input.parentId).toBeNull();
  });

  it("accepts a site path or an http(s) URL and refuses javascript:, protocol-relative and bare words", () => {
    for (const url of ["/doc/av/", "https://peps.python.org", "http://planetpython.org/"])
      expect(menuItemFormSchema.safeParse(form({ url })).success, url).toBe(true);
    for (const url of ["javascript:alert(1)", "//evil.example/", "about", "", "https://"]) {
      const result = menuItemFormSchema.safeParse(form({ url }));
      expect(result.success, url).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["url"]);
    }
  });

  it("refuses an empty title and an alias with other characters, per field", () => {
    const result = menuItemFormSchema.safeParse(form({ title: "", alias: "Python Meta" }));
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["alias", "title"]);
  });

  it("takes up and down moves only", () => {
    expect(moveMenuItemSchema.parse({ id: "3", op: "up" })).toEqual({ id: 3, op: "up" });
    expect(moveMenuItemSchema.safeParse({ id: "3", op: "sideways" }).success).toBe(false);
  });
});
