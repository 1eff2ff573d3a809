import { describe, expect, it } from "vitest";
import { renderCodeSample, renderConsoleSession, sampleLabel } from "./utils";

describe("code sample rendering", () => {
  it("highlights a console session: prompts, keywords and strings get highlight.js classes", () => {
    const html = renderConsoleSession(
      '>>> def greet(name):\n...     return f"Hi {name}"\n...\n>>> greet("Ada")\n\'Hi Ada\'',
    );
    expect(html).toMatch(/^<pre><code class="hljs language-python-repl">/);
    expect(html).toContain('<span class="hljs-meta prompt_">&gt;&gt;&gt;</span>');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain('<span class="hljs-string">"Ada"</span>');
    expect(html).toMatch(/\n'Hi Ada'<\/code><\/pre>$/); // output lines stay plain
  });

  it("passes every kind of code and copy through the one sanitizer", () => {
    const { codeHtml, copyHtml } = renderCodeSample({
      code: '<pre onclick="x()">print(1)</pre><script>alert(1)</script>',
      codeMarkupType: "html",
      copy: '<h1>Title</h1><img src=x onerror=alert(1)><a href="javascript:alert(1)">go</a>',
      copyMarkupType: "html",
    });
    expect(codeHtml).toBe("<pre>print(1)</pre>");
    expect(copyHtml).not.toMatch(/onerror|javascript:|<script/);
    expect(copyHtml).toContain("<h1>Title</h1>");
  });

  it("escapes markup typed into a console session instead of rendering it", () => {
    expect(renderConsoleSession('>>> print("<b>bold</b>")')).not.toContain("<b>");
  });

  it("labels a sample by its copy without tags, like CodeSample.__str__", () => {
    expect(sampleLabel("<h1>Quick &amp; Easy</h1><p>to learn</p>")).toBe("Quick & Easy to learn");
    expect(sampleLabel("x".repeat(80), 10)).toBe("xxxxxxxxx…");
  });
});
