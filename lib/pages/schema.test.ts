import { describe, expect, it } from "vitest";
import { pageInputSchema, redirectInputSchema } from "./schema";

const page = {
  title: "T",
  path: "/a/b/",
  content: "",
  contentMarkupType: "markdown",
  description: "",
  keywords: "",
  isPublished: true,
  templateName: "",
  contentType: "text/html",
};

describe("page input", () => {
  it("stores the path without its slashes", () => {
    expect(pageInputSchema.parse(page).path).toBe("a/b");
  });
  it.each([
    "text/html",
    "text/html; charset=utf-8",
    "text/plain",
    "text/csv",
    "application/json",
    "TEXT/Plain",
  ])("sends %s", (contentType) =>
    expect(pageInputSchema.safeParse({ ...page, contentType }).success).toBe(true),
  );
  // Non-HTML pages go out as their source: nothing a browser would run.
  it.each([
    "application/xml",
    "text/xml",
    "image/svg+xml",
    "application/xhtml+xml",
    "text/javascript",
    "nonsense",
  ])("refuses %s on contentType", (contentType) => {
    const r = pageInputSchema.safeParse({ ...page, contentType });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["contentType"]);
  });
});

describe("redirect input (AC-REDIR-1)", () => {
  const ok = (oldPath: string, newPath: string) =>
    redirectInputSchema.safeParse({ oldPath, newPath, permanent: true }).success;
  it("takes site paths, http(s) URLs and an empty target (410)", () => {
    expect(ok("/old/", "/new/")).toBe(true);
    expect(ok("/old/", "https://docs.python.org/3/")).toBe(true);
    expect(ok("/old/", "")).toBe(true);
  });
  it.each(["//evil.example/", "/\\evil.example", "javascript:alert(1)", "https://\\evil", "evil.example"])(
    "refuses %j as a target",
    (newPath) => expect(ok("/old/", newPath)).toBe(false),
  );
  it.each(["//old", "/\\old", "old/", ""])("refuses %j as an old path", (oldPath) =>
    expect(ok(oldPath, "/new/")).toBe(false),
  );
});
