/**
 * Markup → sanitized HTML, rendered on write and stored beside the source (DESIGN.md):
 * reStructuredText with docutils (rst.ts), Markdown with marked
 * (markdown.ts), code highlighted with highlight.js, and every result passed through
 * one allowlist that mirrors pydotorg/markup.py (nh3) and is never looser.
 */
import sanitizeHtml from "sanitize-html";
import { log } from "@/lib/platform/log";
import { renderMarkdown } from "./markdown";
import { renderRst } from "./rst";

export type MarkupType = "markdown" | "markdown_unsafe" | "restructuredtext" | "html" | "plain";

const ALLOWED_TAGS = [
  "a",
  "abbr",
  "b",
  "blockquote",
  "br",
  "caption",
  "code",
  "col",
  "colgroup",
  "dd",
  "del",
  "div",
  "dl",
  "dt",
  "em",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "img",
  "ins",
  "kbd",
  "li",
  "ol",
  "p",
  "pre",
  "s",
  "span",
  "strong",
  "sub",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
];

const NON_TEXT_TAGS = [
  "script",
  "style",
  "textarea",
  "option",
  "select",
  "noscript",
  "noembed",
  "noframes",
  "xmp",
  "template",
  "iframe",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "form",
];

/** Cleans HTML against python.org's nh3 allowlist; links get rel="noopener noreferrer". */
export function sanitize(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      "*": ["class", "id", "title"],
      a: ["href", "rel"],
      img: ["src", "alt", "width", "height"],
      td: ["align", "colspan", "rowspan"],
      th: ["align", "colspan", "rowspan", "scope"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
    allowProtocolRelative: false,
    // Dropped with everything inside them, not just unwrapped (nh3 would keep the text).
    nonTextTags: NON_TEXT_TAGS,
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
  });
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

// django-markupfield's plain renderer (Django's linebreaks): blank lines split paragraphs,
// single newlines become <br />.
function renderPlain(source: string): string {
  const paragraphs = source
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== "");
  return paragraphs.map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, "<br />")}</p>`).join("\n");
}

/**
 * Renders `source` of the given markup type to sanitized HTML. Never throws: when docutils
 * cannot run, reST is stored as escaped preformatted text (AC-XSS-1: a broken document must
 * not block an approval) and a warning is logged.
 */
export function renderMarkup(source: string, type: MarkupType): string {
  switch (type) {
    case "html":
      return sanitize(source);
    case "markdown":
      return sanitize(renderMarkdown(source));
    case "markdown_unsafe":
      return sanitize(renderMarkdown(source, true));
    case "restructuredtext":
      try {
        return sanitize(renderRst(source));
      } catch (e) {
        log.warn(
          { err: e instanceof Error ? e.message : String(e) },
          "reStructuredText rendering failed; stored as text",
        );
        return `<pre>${escapeHtml(source)}</pre>`;
      }
    default:
      return renderPlain(source);
  }
}
