/**
 * The writes around a batch's rows: adopting rows that predate the import (found by a natural
 * key), and keeping many-to-many link tables in step with a query per table, not per row.
 */
import { changedFields, sameSet } from "./compare";
import type { Db, Mapping, Tx } from "./types";

/** What the import needs of a Prisma delegate (`db.box`), reached by its name. */
export type Delegate = {
  findMany(args: unknown): Promise<Record<string, unknown>[]>;
  findFirst(args: unknown): Promise<Record<string, unknown> | null>;
  createManyAndReturn(args: unknown): Promise<Record<string, unknown>[]>;
  update(args: unknown): Promise<unknown>;
  deleteMany(args: unknown): Promise<unknown>;
  createMany(args: unknown): Promise<unknown>;
};
export const delegate = (db: Db | Tx, table: string) => (db as unknown as Record<string, Delegate>)[table]!;

/** A batch row as the writer sees it. */
export type Prepared = {
  pk: unknown;
  data: Record<string, unknown>;
  links: Record<string, number[]>;
  naturalKeys: string[];
  selfParent?: unknown;
};

/** Rows already in the database without a legacy id, found by the mapping's natural key in one query. */
export async function adoptRows(
  m: Mapping,
  missing: Prepared[],
  table: Delegate,
  select: Record<string, true>,
  stored: Map<string, Record<string, unknown>>,
  keyOf: (p: Prepared) => string,
) {
  const wanted = missing
    .map((p) => ({ p, where: m.adopt!(p.data) }))
    .filter((w): w is { p: Prepared; where: Record<string, unknown> } => w.where !== null);
  if (!wanted.length) return;
  const found = await table.findMany({ where: { legacyId: null, OR: wanted.map((w) => w.where) }, select });
  for (const { p, where } of wanted) {
    const i = found.findIndex((r) => changedFields(where, r).length === 0);
    if (i >= 0) stored.set(keyOf(p), found.splice(i, 1)[0]!);
  }
}

export type LinkSets = Map<string, Map<number, number[]>>;

/** Each link table's current sets for the rows `ids`, in one query per table. */
export async function currentLinks(m: Mapping, tx: Tx, ids: number[]): Promise<LinkSets> {
  const sets: LinkSets = new Map();
  for (const [name, spec] of Object.entries(m.links ?? {})) {
    const byRow = new Map<number, number[]>(ids.map((id) => [id, []]));
    if (ids.length && ids.every((id) => id > 0)) {
      const rows = await delegate(tx, spec.table).findMany({
        where: { [spec.own]: { in: ids } },
        select: { [spec.own]: true, [spec.other]: true },
      });
      for (const r of rows) byRow.get(r[spec.own] as number)?.push(r[spec.other] as number);
    }
    sets.set(name, byRow);
  }
  return sets;
}

export async function addLinks(
  m: Mapping,
  tx: Tx,
  rows: { id: number; links: Record<string, number[]> }[],
  dryRun: boolean,
) {
  if (dryRun) return;
  for (const [name, spec] of Object.entries(m.links ?? {})) {
    const data = rows.flatMap((r) =>
      [...new Set(r.links[name] ?? [])].map((o) => ({ [spec.own]: r.id, [spec.other]: o })),
    );
    if (data.length) await delegate(tx, spec.table).createMany({ data, skipDuplicates: true });
  }
}

/** Replaces each many-to-many set of row `id`; true when anything changed. */
export async function syncLinks(
  m: Mapping,
  tx: Tx,
  id: number,
  links: Record<string, number[]>,
  current: LinkSets,
  dryRun: boolean,
) {
  let changed = false;
  for (const [name, ids] of Object.entries(links)) {
    const spec = m.links?.[name];
    if (!spec) throw new Error(`${m.model}: no link spec "${name}"`);
    const have = current.get(name)?.get(id) ?? [];
    const want = [...new Set(ids)];
    if (sameSet(have, want)) continue;
    changed = true;
    if (dryRun) continue;
    const table = delegate(tx, spec.table);
    await table.deleteMany({ where: { [spec.own]: id, [spec.other]: { notIn: want } } });
    await table.createMany({
      data: want.filter((o) => !have.includes(o)).map((o) => ({ [spec.own]: id, [spec.other]: o })),
      skipDuplicates: true,
    });
  }
  return changed;
}
