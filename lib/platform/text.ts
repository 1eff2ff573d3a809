/** Small text helpers every domain shares. */

/**
 * Django's slugify (allow_unicode=False): ASCII-folded, anything but letters, digits,
 * underscores, spaces and hyphens dropped, lowercased, spaces and hyphens collapsed to one
 * hyphen, hyphens and underscores trimmed at the ends ("Python 3.12.0" → "python-3120").
 */
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
