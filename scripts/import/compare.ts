/** Field-by-field comparison of mapped data with the row already stored (a second run writes nothing). */

/** JSON with object keys sorted: jsonb stores keys in an order of its own. */
const sortedKeys = (_: string, v: unknown) =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v;

function normal(value: unknown): string {
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value === undefined) return "null";
  if (typeof value === "object" && value !== null && "toFixed" in value) return `n:${String(value)}`;
  return JSON.stringify(value, sortedKeys);
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
