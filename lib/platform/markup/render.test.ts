import { describe, expect, it } from "vitest";
import { renderMarkup, sanitize } from "./index";

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

  it("adds rel=noopener noreferrer to links, like nh3, replacing any rel given", () => {
    expect(sanitize('<a href="https://www.python.org/">py</a>')).toBe(
      '<a href="https://www.python.org/" rel="noopener noreferrer">py</a>',
    );
    expect(sanitize('<a href="mailto:psf@example.org" rel="opener">m</a>')).toBe(
      '<a href="mailto:psf@example.org" rel="noopener noreferrer">m</a>',
    );
  });

  it("refuses data:, protocol-relative and other schemes in img src and a href", () => {
    expect(sanitize('<img src="data:image/png;base64,AAAA" alt="a">')).toBe('<img alt="a" />');
    expect(sanitize('<img src="//evil.example/a.png">')).toBe("<img />");
    expect(sanitize('<a href="ftp://files.example/">f</a>')).toBe('<a rel="noopener noreferrer">f</a>');
    expect(sanitize('<a href="/about/">rel</a>')).toBe('<a href="/about/" rel="noopener noreferrer">rel</a>');
  });

  it("removes svg, math, iframe, object and form together with their content", () => {
    expect(sanitize("<svg><script>alert(1)</script></svg><p>ok</p>")).toBe("<p>ok</p>");
    expect(sanitize("<math><mi>x</mi></math><iframe>frame</iframe><p>ok</p>")).toBe("<p>ok</p>");
    expect(sanitize('<object data="x">fallback</object><form><p>field</p></form><p>ok</p>')).toBe(
      "<p>ok</p>",
    );
  });

  it("keeps highlight.js spans and the allowlisted attributes only", () => {
    expect(sanitize('<span class="hljs-keyword" style="color:red" data-x="1">def</span>')).toBe(
      '<span class="hljs-keyword">def</span>',
    );
    expect(sanitize('<td colspan="2" align="left" bgcolor="red">x</td>')).toBe(
      '<td colspan="2" align="left">x</td>',
    );
  });
});

describe("renderMarkup", () => {
  it("escapes plain text into paragraphs", () => {
    expect(renderMarkup("a < b\n\nsecond", "plain")).toBe("<p>a &lt; b</p>\n<p>second</p>");
  });

  it("turns single newlines in plain text into line breaks, like Django's linebreaks", () => {
    expect(renderMarkup("line one\r\nline two\n\n\nnext", "plain")).toBe(
      "<p>line one<br />line two</p>\n<p>next</p>",
    );
  });

  it("only sanitizes html", () => {
    expect(renderMarkup('<h2 id="a">T</h2><p onclick="x()">b</p>', "html")).toBe('<h2 id="a">T</h2><p>b</p>');
  });
});
