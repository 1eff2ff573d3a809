/** Django's slugify: ASCII-folded, punctuation dropped, spaces and hyphens collapsed. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\u0020-\u007e\s]/g, "")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");
}

/**
 * A comma- (or space-, or line-) separated list of usernames: trimmed, empty entries dropped,
 * repeats (compared case-insensitively, as python.org's user lookup is) kept once.
 */
export function parseUsernames(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of text.split(/[\s,]+/)) {
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}
