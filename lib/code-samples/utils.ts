/**
 * Rendering a sample on write. Every path ends in the one sanitizer (lib/platform/markup), so the
 * admin preview and the saved sample are the same HTML.
 */
import { renderMarkup, sanitize } from "@/lib/platform/markup";
import { highlightCode } from "@/lib/platform/markup/highlight";
import type { CodeSampleContent } from "./schema";

/** A console session (">>> " prompts, output lines) as highlighted, sanitized HTML. */
export function renderConsoleSession(code: string): string {
  const session = code.replace(/\r\n?/g, "\n").replace(/^\n+|\s+$/g, "");
  return sanitize(
    `<pre><code class="hljs language-python-repl">${highlightCode(session, "python-repl")}</code></pre>`,
  );
}

export function renderCodeSample(content: CodeSampleContent): { codeHtml: string; copyHtml: string } {
  return {
    codeHtml:
      content.codeMarkupType === "plain"
        ? renderConsoleSession(content.code)
        : renderMarkup(content.code, content.codeMarkupType),
    copyHtml: renderMarkup(content.copy, content.copyMarkupType),
  };
}

/** Django's CodeSample.__str__: the copy without tags, cut to a short label. */
export function sampleLabel(copy: string, max = 60): string {
  const plain = copy
    .replace(/<[^>]*>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/[#*`=_-]{2,}/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain || "(no text)";
}
