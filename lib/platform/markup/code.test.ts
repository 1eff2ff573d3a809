import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkup } from "./index";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/markup", name), "utf8");

describe("reStructuredText code and contents", () => {
  const html = renderMarkup(fixture("code.rst"), "restructuredtext");

  it("highlights the code directive, drops line numbers and keeps non-ASCII text", () => {
    expect(html).toContain(
      '<pre class="code literal-block"><code class="hljs language-python">names = [<span class="hljs-string">"Ünïcode"</span>, <span class="hljs-string">"🐍"</span>]',
    );
    expect(html).toContain("(user@host)");
    expect(html).not.toMatch(/class="ln"|data-lineno|<small/);
  });

  it("highlights sourcecode and code-block, keeping a directive's extra classes on <pre>", () => {
    expect(html).toMatch(/<code class="hljs language-console"><span class="hljs-meta prompt_">\$ <\/span>/);
    expect(html).toContain("pip install --upgrade pip &amp;&amp;");
    expect(html).toMatch(/<pre class="code wide literal-block"><code class="hljs language-json">/);
  });

  it("escapes code without a language or with an unknown one", () => {
    expect(html).toContain('<code class="hljs">no language &lt;given&gt;</code>');
    expect(html).toContain('<code class="hljs">+[&gt;.&lt;]</code>');
  });

  it("keeps inline literals and the contents list as internal links", () => {
    expect(html).toContain('<span class="docutils literal">literal</span>');
    expect(html).toContain("<code>len(x) &lt; 3</code>");
    expect(html).toMatch(/<div class="contents" id="on-this-page">/);
    expect(html).toMatch(/<a class="reference internal" href="#numbered"[^>]*>Numbered<\/a>/);
    expect(html).not.toMatch(/<(section|nav|aside)\b/);
  });
});

describe("Markdown code, lists and links", () => {
  const html = renderMarkup(fixture("guide.md"), "markdown");

  it("renders ordered lists, block quotes, inline code, reference links and images", () => {
    expect(html).toContain("<h2>Getting started</h2>");
    expect(html).toMatch(/<ol>\s*<li>Install Python<\/li>/);
    expect(html).toMatch(/<blockquote>\s*<p>Quoted advice from the <em>group<\/em>\.<\/p>/);
    expect(html).toContain("<code>python -m venv .venv</code>");
    expect(html).toContain(
      '<a href="https://docs.python.org/3/tutorial/" rel="noopener noreferrer">tutorial</a>',
    );
    expect(html).toContain(
      '<img src="https://www.python.org/static/img/python-logo.png" alt="Logo" title="Python" />',
    );
  });

  it("autolinks bare www and e-mail addresses", () => {
    expect(html).toContain('<a href="http://www.python.org" rel="noopener noreferrer">www.python.org</a>');
    expect(html).toContain('<a href="mailto:psf@example.org" rel="noopener noreferrer">psf@example.org</a>');
  });

  it("highlights console and toml fences and escapes unknown and indented code", () => {
    expect(html).toMatch(/<code class="hljs language-console"><span class="hljs-meta prompt_">\$ <\/span>/);
    expect(html).toContain('<span class="hljs-section">[project]</span>');
    expect(html).toContain('<code class="hljs">some &lt;code&gt; &amp; text</code>');
    expect(html).toContain('<code class="hljs">indented &lt;code&gt; block</code>');
  });

  it("shows task list state as ballot boxes, since <input> is not allowed", () => {
    const tasks = renderMarkup("- [x] done\n- [ ] open", "markdown");
    expect(tasks).toContain('<li><span class="task-list-checkbox">☑</span> done</li>');
    expect(tasks).toContain('<li><span class="task-list-checkbox">☐</span> open</li>');
    expect(tasks).not.toContain("<input");
  });
});
