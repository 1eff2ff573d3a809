/** Field-by-field comparison of mapped data with the row already stored (a second run writes nothing). */

function normal(value: unknown): string {
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value === undefined) return "null";
  if (typeof value === "object" && value !== null && "toFixed" in value) return `n:${String(value)}`;
  return JSON.stringify(value);
}

/** The fields of `data` whose value differs from `stored` (undefined in data means "not set"). */
export function changedFields(data: Record<string, unknown>, stored: Record<string, unknown>): string[] {
  return Object.keys(data).filter((k) => data[k] !== undefined && normal(data[k]) !== normal(stored[k]));
}

export function selectOf(keys: Iterable<string>): Record<string, true> {
  const select: Record<string, true> = { id: true };
  for (const k of keys) select[k] = true;
  return select;
}

export function sameSet(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}
