/**
 * Markup → sanitized HTML, rendered on write and stored beside the source (DESIGN.md). The
 * allowlist mirrors pydotorg/markup.py (nh3) and is never looser. Markdown and reStructuredText
 * renderers arrive with the platform issue; until then they are stored escaped as plain text.
 */
import sanitizeHtml from "sanitize-html";

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
    allowProtocolRelative: false,
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
  });
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Renders `source` of the given markup type to sanitized HTML. */
export function renderMarkup(source: string, type: MarkupType): string {
  if (type === "html") return sanitize(source);
  const paragraphs = source.split(/\n{2,}/).filter((p) => p.trim() !== "");
  return paragraphs.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join("\n");
}
