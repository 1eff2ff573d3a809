import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkup } from "./index";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/markup", name), "utf8");

describe("reStructuredText (docutils at write time)", () => {
  const html = renderMarkup(fixture("constructs.rst"), "restructuredtext");

  it("renders sections as headings below the page's own h1", () => {
    expect(html).toMatch(/<h2>Release day checklist<\/h2>/);
    expect(html).toMatch(/<h3>Before tagging<\/h3>/);
  });

  it("renders inline markup and named, reference and anonymous links", () => {
    expect(html).toContain("<em>care</em>");
    expect(html).toContain("<strong>patience</strong>");
    expect(html).toMatch(/<span class="docutils literal">tooling<\/span>/);
    expect(html).toMatch(/<a[^>]*href="https:\/\/devguide\.python\.org\/"[^>]*>developer guide<\/a>/);
    expect(html).toMatch(/<a[^>]*href="https:\/\/packaging\.python\.org\/"[^>]*>packaging notes<\/a>/);
    expect(html).toMatch(/<a[^>]*href="https:\/\/docs\.python\.org\/3\/"[^>]*>reference<\/a>/);
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it("renders bullet, enumerated and definition lists", () => {
    expect(html).toMatch(/<ul[^>]*>\s*<li><p>run the full test suite<\/p><\/li>/);
    expect(html).toMatch(/<ol class="arabic[^"]*">\s*<li><p>build the installers/);
    expect(html).toMatch(/<dl[^>]*>\s*<dt>Definitions<\/dt>/);
  });

  it("highlights code-block directives and keeps literal blocks escaped", () => {
    expect(html).toMatch(/<code class="hljs language-python"><span class="hljs-keyword">def<\/span>/);
    expect(html).toContain('&lt; <span class="hljs-number">100</span>');
    expect(html).toMatch(
      /<pre class="literal-block">\$ python3 -m venv \.venv\nx &lt; y &amp;&amp; y &gt; z<\/pre>/,
    );
  });

  it("renders note and warning admonitions, images, simple and grid tables", () => {
    expect(html).toMatch(/<div class="admonition note">\s*<p class="admonition-title">Note<\/p>/);
    expect(html).toMatch(/<div class="admonition warning">/);
    expect(html).toMatch(
      /<img alt="Python logo" src="https:\/\/www\.python\.org\/static\/img\/python-logo\.png"/,
    );
    expect(html).toMatch(/<th class="head"><p>Step<\/p><\/th>/);
    expect(html).toMatch(/<td><p>Build<\/p><\/td>/);
    expect(html).toMatch(/<th class="head"><p>Platform<\/p><\/th>/);
    expect(html).toMatch(/<td><p>installer<\/p><\/td>/);
  });

  it("drops raw and include directives (pydotorg test_docutils_security)", () => {
    expect(html).not.toContain("alert");
    expect(html).not.toContain("root:");
    expect(html).not.toContain("raw");
  });

  it("renders broken markup without system messages", () => {
    const out = renderMarkup(
      "Title\n===\n\n`unclosed link <https://x.test\n\n.. unknown-directive:: x",
      "restructuredtext",
    );
    expect(out).not.toMatch(/System Message|ERROR\/|WARNING\//);
  });
});

describe("Markdown (marked, GitHub flavoured)", () => {
  const html = renderMarkup(fixture("notes.md"), "markdown");

  it("renders headings, emphasis, strikethrough, autolinks, tables and task lists", () => {
    expect(html).toContain("<h1>Meetup notes</h1>");
    expect(html).toContain("<strong>Tuesday</strong>");
    expect(html).toContain("<em>typing</em>");
    expect(html).toContain("<del>old</del>");
    expect(html).toMatch(/<a href="https:\/\/www\.python\.org\/community\/" rel="noopener noreferrer">/);
    expect(html).toMatch(/<th>Talk<\/th>/);
    expect(html).toMatch(/<li>(<input[^>]*>)?\s*book a room<\/li>|book a room/);
  });

  it("highlights fenced code", () => {
    expect(html).toMatch(/<code class="hljs language-python"><span class="hljs-built_in">print<\/span>/);
  });

  it("escapes raw HTML in plain markdown, and sanitizes it in markdown_unsafe", () => {
    expect(html).toContain('&lt;div onclick="alert(1)"&gt;raw html stays text');
    expect(html).not.toMatch(/<div[^>]*onclick/);
    const unsafe = renderMarkup('<div class="x" onclick="alert(1)">kept</div>', "markdown_unsafe");
    expect(unsafe).toBe('<div class="x">kept</div>');
  });
});
