/**
 * Django pk (or natural key) → our id, per model: filled as rows are written and preloaded from
 * the database (every row with a legacy id), so a second run, or a run of one app with --only,
 * still resolves references to rows imported earlier.
 */
import type { Db, ForeignKey, MapContext, Mapping } from "./types";

const keyOf = (key: ForeignKey): string | null => {
  if (key === null || key === undefined || key === "") return null;
  if (Array.isArray(key)) return `nk:${key.map(String).join("|")}`;
  return `pk:${String(key)}`;
};

export class RefStore implements MapContext {
  private ids = new Map<string, Map<string, number>>();
  private values = new Map<string, Map<string, string>>();

  private bucket<T>(store: Map<string, Map<string, T>>, model: string) {
    let b = store.get(model);
    if (!b) store.set(model, (b = new Map()));
    return b;
  }

  set(model: string, pk: unknown, id: number, naturalKeys: string[] = []) {
    const b = this.bucket(this.ids, model);
    const k = keyOf(pk);
    if (k) b.set(k, id);
    for (const nk of naturalKeys) b.set(`nk:${nk}`, id);
  }

  setValue(model: string, pk: unknown, value: string) {
    const k = keyOf(pk);
    if (k) this.bucket(this.values, model).set(k, value);
  }

  ref(model: string, key: ForeignKey): number | undefined {
    const k = keyOf(key);
    return k ? this.ids.get(model)?.get(k) : undefined;
  }

  lookup(model: string, key: ForeignKey): string | undefined {
    const k = keyOf(key);
    if (!k) return undefined;
    const stored = this.values.get(model)?.get(k);
    // A natural key of a content type is its value already (["jobs", "job"]).
    if (stored === undefined && Array.isArray(key) && model === "contenttypes.contenttype")
      return key.map(String).join(".");
    return stored;
  }

  /** Remembers every row of the mapping's table that carries a legacy id (and its natural key). */
  async preload(db: Db, m: Mapping) {
    if (!m.table || (m.identity && m.identity !== "legacyId")) return;
    const delegate = (
      db as unknown as Record<string, { findMany: (a: unknown) => Promise<Record<string, unknown>[]> }>
    )[m.table]!;
    const select: Record<string, boolean> = { id: true, legacyId: true };
    if (m.naturalKey) select[m.naturalKey.field] = true;
    const rows = await delegate.findMany({ where: { legacyId: { not: null } }, select });
    for (const r of rows) {
      const nk = m.naturalKey ? [String(r[m.naturalKey.field])] : [];
      this.set(m.model, r.legacyId, r.id as number, nk);
    }
  }
}
