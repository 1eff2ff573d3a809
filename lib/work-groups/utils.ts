
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
