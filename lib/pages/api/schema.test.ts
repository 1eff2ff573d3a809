import { describe, expect, it } from "vitest";
import { v1PageBodySchema } from "./schema";
import { toPageFilter } from "./utils";

describe("v1 page body", () => {
  it("becomes the page mutations' input: camelCase, Tastypie's defaults, the path without slashes", () => {
    expect(v1PageBodySchema.parse({ title: "About", path: "/about/psf/" })).toEqual({
      title: "About",
      path: "about/psf",
      content: "",
      description: "",
      keywords: "",
      isPublished: true,
      templateName: "",
      contentMarkupType: "restructuredtext",
      contentType: "text/html",
    });
  });

  it("keeps the field errors on the wire names", () => {
    const r = v1PageBodySchema.safeParse({ title: "About", path: "Not A Path" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["path"]);
  });
});

describe("page list filters", () => {
  it("map the query's lookups to the domain filter", () => {
    expect(toPageFilter({ keywords__icontains: "psf", is_published: false })).toEqual({
      title: undefined,
      path: undefined,
      keywords: undefined,
      keywordsContains: "psf",
      isPublished: false,
    });
  });
});
