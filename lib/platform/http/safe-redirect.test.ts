import { describe, expect, it } from "vitest";
import { safeRedirect, sameOriginPath } from "./safe-redirect";

// AC-REDIR-1's payloads, plus the tab and newline forms browsers strip before resolving.
const hostile = [
  "https://evil.example",
  "//evil.example",
  "/\\evil.example",
  "https:evil.example",
  "javascript:alert(1)",
  "%2F%2Fevil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
];

describe("sameOriginPath", () => {
  it.each(hostile)("turns %j into the home page", (value) => {
    expect(sameOriginPath(value)).toBe("/");
  });

  it("keeps same-origin paths with their query and fragment", () => {
    expect(sameOriginPath("/admin/users/?q=bob#list")).toBe("/admin/users/?q=bob#list");
    expect(sameOriginPath("/downloads/")).toBe("/downloads/");
  });

  it("returns the browser's normalised form, so what was checked is what is followed", () => {
    expect(sameOriginPath("/a\t/b")).toBe("/a/b");
    expect(sameOriginPath(undefined)).toBe("/");
    expect(sameOriginPath("")).toBe("/");
  });
});

describe("safeRedirect (next-auth's redirect callback)", () => {
  const base = "https://www.python.org";
  it.each(hostile)("sends %j to the base URL", (value) => {
    expect(new URL(safeRedirect(value, base)).origin).toBe(base);
  });

  it("keeps same-origin paths and absolute same-origin URLs", () => {
    expect(safeRedirect("/downloads/", base)).toBe("https://www.python.org/downloads/");
    expect(safeRedirect("https://www.python.org/jobs/", base)).toBe("https://www.python.org/jobs/");
  });
});
