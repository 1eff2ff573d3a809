import { describe, expect, it } from "vitest";
import { renderMarkup, sanitize } from "./markup";

describe("sanitize", () => {
  it("drops script elements and their content", () => {
    expect(sanitize("<p>hi</p><script>alert(1)</script>")).toBe("<p>hi</p>");
  });

  it("removes event handler attributes", () => {
    expect(sanitize('<img src="https://x.test/a.png" onerror="alert(1)">')).toBe(
      '<img src="https://x.test/a.png" />',
    );
  });

  it("drops javascript: URLs but keeps the link text", () => {
    expect(sanitize('<a href="javascript:alert(1)">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
  });

  it("adds rel=noopener noreferrer to links, like nh3", () => {
    expect(sanitize('<a href="https://www.python.org/">py</a>')).toBe(
      '<a href="https://www.python.org/" rel="noopener noreferrer">py</a>',
    );
  });

  it("removes svg", () => {
    expect(sanitize("<svg><script>alert(1)</script></svg><p>ok</p>")).toBe("<p>ok</p>");
  });
});

describe("renderMarkup", () => {
  it("escapes plain text into paragraphs", () => {
    expect(renderMarkup("a < b\n\nsecond", "plain")).toBe("<p>a &lt; b</p>\n<p>second</p>");
  });
});
