/** Text helpers shared by both search backends. */
import sanitizeHtml from "sanitize-html";

// Sentinels for highlighted words: control characters never kept in indexed text.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** Rendered HTML → plain text for the index (tags dropped, entities decoded, no control chars). */
export function htmlToText(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return cleanText(text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e));
}

export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Escapes everything, then turns the sentinels into <mark> (AC-XSS-2). */
export function markedSnippet(raw: string): string {
  return escapeHtml(raw).replaceAll(MARK_START, "<mark>").replaceAll(MARK_END, "</mark>");
}
