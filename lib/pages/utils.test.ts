import { describe, expect, it } from "vitest";
import {
  isHtmlContentType,
  isRawPage,
  isValidPagePath,
  layoutOf,
  normalizePath,
  pageUrl,
  responseContentType,
} from "./utils";

describe("page paths (apps/pages/tests/test_models.py)", () => {
  it.each(["path", "path/2", "/initial-slash", "trailing/slash/", "test/one.html", "about/v3.13"])(
    "accepts %s",
    (path) => expect(isValidPagePath(path)).toBe(true),
  );
  it.each(["Path", "", "/", "no_underscores", "no/special!/chars?", "double//slash", "spa ce"])(
    "refuses %j",
    (path) => expect(isValidPagePath(path)).toBe(false),
  );
  it("strips the slashes at either end and builds the URL with one", () => {
    expect(normalizePath("/about/apps/")).toBe("about/apps");
    expect(pageUrl("test/one.html")).toBe("/test/one.html/");
  });
});

describe("page templates and content types", () => {
  it("maps Django's template names to layouts, unknown ones to the default", () => {
    expect(layoutOf("")).toBe("default");
    expect(layoutOf("pages/default.html")).toBe("default");
    expect(layoutOf("psf/default.html")).toBe("psf");
    expect(layoutOf("psf/full-width.html")).toBe("psf-full-width");
    expect(layoutOf("pages/raw.html")).toBe("raw");
    expect(layoutOf("something/else.html")).toBe("default");
  });
  it("renders text/html in the site and sends anything else as it is", () => {
    expect(isHtmlContentType("text/html")).toBe(true);
    expect(isHtmlContentType("text/html; charset=utf-8")).toBe(true);
    expect(isHtmlContentType("")).toBe(true);
    expect(isHtmlContentType("text/plain")).toBe(false);
    expect(isHtmlContentType("text/htmlx")).toBe(false);
    expect(isRawPage({ templateName: "", contentType: "application/xml" })).toBe(true);
    expect(isRawPage({ templateName: "pages/raw.html", contentType: "text/html" })).toBe(true);
    expect(isRawPage({ templateName: "psf/default.html", contentType: "text/html" })).toBe(false);
  });
  it("adds a charset to text types only", () => {
    expect(responseContentType("text/plain")).toBe("text/plain; charset=utf-8");
    expect(responseContentType("text/csv; charset=latin-1")).toBe("text/csv; charset=latin-1");
    expect(responseContentType("application/json")).toBe("application/json");
  });
});
