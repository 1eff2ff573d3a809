/**
 * Markdown (GitHub flavoured: tables, autolinks, strikethrough, task lists) with marked.
 * "markdown" escapes raw HTML in the source, like cmark without UNSAFE; "markdown_unsafe"
 * (pages only) lets it through to the sanitizer.
 */
import { Marked } from "marked";
import { highlightCode, languageClass } from "./highlight";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function createMarked(allowHtml: boolean) {
  return new Marked({
    gfm: true,
    breaks: false,
    renderer: {
      code({ text, lang }) {
        const language = (lang ?? "").trim().split(/\s+/)[0];
        return `<pre><code class="${languageClass(language)}">${highlightCode(text, language)}</code></pre>\n`;
      },
      // The sanitizer drops <input>, which would lose a task's state; a ballot box keeps it.
      checkbox({ checked }) {
        return `<span class="task-list-checkbox">${checked ? "\u2611" : "\u2610"}</span> `;
      },
      ...(allowHtml ? {} : { html: ({ text }: { text: string }) => escapeHtml(text) }),
    },
  });
}

const safe = createMarked(false);
const unsafe = createMarked(true);

export function renderMarkdown(source: string, allowHtml = false): string {
  return (allowHtml ? unsafe : safe).parse(source, { async: false });
}
