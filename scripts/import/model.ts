/**
 * Imports the rows of one Django model: map, render markup, copy media, then in bounded
 * transactions create what is new and update only what differs (found by legacy id, or adopted
 * by a natural key), keeping many-to-many sets in step. A batch that fails is retried row by row,
 * so one bad row is reported with its pk and reason and the others still land.
 */
import { changedFields, sameSet, selectOf } from "./compare";
import type { MarkupStage } from "./markup";
import type { MediaCopier } from "./media";
import type { RefStore } from "./refs";
import type { Db, DumpRow, Mapping, ModelReport, Tx } from "./types";

export type ModelRun = {
  db: Db;
  refs: RefStore;
  markup: MarkupStage;
  media: MediaCopier;
  dryRun: boolean;
  batchSize: number;
  onRow?: () => void;
};

type Prepared = {
  pk: unknown;
  data: Record<string, unknown>;
  links: Record<string, number[]>;
  naturalKeys: string[];
  selfParent?: unknown;
};

type Delegate = {
  findMany(args: unknown): Promise<Record<string, unknown>[]>;
  findFirst(args: unknown): Promise<Record<string, unknown> | null>;
  create(args: unknown): Promise<{ id: number }>;
  update(args: unknown): Promise<unknown>;
  deleteMany(args: unknown): Promise<unknown>;
  createMany(args: unknown): Promise<unknown>;
};
const delegate = (db: Db | Tx, table: string) => (db as unknown as Record<string, Delegate>)[table]!;

export function emptyReport(model: string): ModelReport {
  return {
    model,
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    failures: [],
    skips: [],
  };
}

const message = (e: unknown) =>
  (e instanceof Error ? e.message : String(e)).split("\n").filter(Boolean).slice(-1)[0]?.slice(0, 300) ??
  "error";

export async function importModel(
  m: Mapping,
  rows: AsyncIterable<DumpRow>,
  run: ModelRun,
): Promise<ModelReport> {
  const report = emptyReport(m.model);
  const pendingParents: { id: number; parent: unknown; pk: unknown }[] = [];
  let batch: DumpRow[] = [];
  const flush = async () => {
    if (batch.length) await importBatch(m, batch, run, report, pendingParents);
    batch = [];
  };
  for await (const row of rows) {
    report.read++;
    run.onRow?.();
    if (m.lookup) {
      const found = m.lookup(row);
      if (typeof found === "string") run.refs.setValue(m.model, row.pk, found);
      else if ("skip" in found) {
        report.skipped++;
        report.skips.push({ pk: row.pk, reason: found.skip });
      } else {
        run.refs.setValue(m.model, "key" in found ? found.key : row.pk, found.value);
        if (found.reported) {
          report.skipped++;
          report.skips.push({ pk: row.pk, reason: found.reported });
        }
      }
      continue;
    }
    batch.push(row);
    if (batch.length >= run.batchSize) await flush();
  }
  await flush();
  if (m.selfRef && pendingParents.length) await resolveParents(m, pendingParents, run, report);
  return report;
}

async function prepare(
  m: Mapping,
  row: DumpRow,
  run: ModelRun,
  report: ModelReport,
): Promise<Prepared | null> {
  try {
    const mapped = m.map!(row, run.refs);
    if ("skip" in mapped) {
      report.skipped++;
      report.skips.push({ pk: row.pk, reason: mapped.skip });
      return null;
    }
    const data = { ...mapped.data };
    let selfParent: unknown;
    if (m.selfRef) {
      selfParent = row.fields[m.selfRef.field];
      data[m.selfRef.column] = run.refs.ref(m.model, selfParent) ?? null;
    }
    if (m.markup) await run.markup.apply(data, m.markup);
    for (const field of m.media ?? []) await run.media.copy(data[field], m.model, row.pk);
    return { pk: row.pk, data, links: mapped.links ?? {}, naturalKeys: mapped.naturalKeys ?? [], selfParent };
  } catch (e) {
    report.failed++;
    report.failures.push({ pk: row.pk, reason: message(e) });
    return null;
  }
}

async function importBatch(
  m: Mapping,
  rows: DumpRow[],
  run: ModelRun,
  report: ModelReport,
  pendingParents: { id: number; parent: unknown; pk: unknown }[],
) {
  const prepared: Prepared[] = [];
  for (const row of rows) {
    const p = await prepare(m, row, run, report);
    if (p) prepared.push(p);
  }
  if (prepared.length === 0) return;
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const written: { p: Prepared; id: number }[] = [];
  try {
    await run.db.$transaction((tx) => writeRows(m, prepared, tx, run, counts, written), { timeout: 120_000 });
  } catch {
    // Row by row, to name the rows that fail.
    counts.created = counts.updated = counts.unchanged = 0;
    written.length = 0;
    for (const p of prepared) {
      const one: { p: Prepared; id: number }[] = [];
      try {
        await run.db.$transaction((tx) => writeRows(m, [p], tx, run, counts, one));
        written.push(...one);
      } catch (err) {
        report.failed++;
        report.failures.push({ pk: p.pk, reason: message(err) });
      }
    }
  }
  report.created += counts.created;
  report.updated += counts.updated;
  report.unchanged += counts.unchanged;
  for (const { p, id } of written) {
    run.refs.set(m.model, p.pk, id, p.naturalKeys);
    if (m.selfRef && p.selfParent !== null && p.selfParent !== undefined && p.data[m.selfRef.column] == null)
      pendingParents.push({ id, parent: p.selfParent, pk: p.pk });
  }
}

/** Dry runs number the rows they would create below zero, so later models can refer to them. */
let dryRunIds = 0;

async function writeRows(
  m: Mapping,
  prepared: Prepared[],
  tx: Tx,
  run: ModelRun,
  counts: { created: number; updated: number; unchanged: number },
  written: { p: Prepared; id: number }[],
) {
  const table = delegate(tx, m.table!);
  const identity = m.identity ?? "legacyId";
  const fields = new Set(prepared.flatMap((p) => Object.keys(p.data)));
  const existing = await table.findMany({
    where: { [identity]: { in: prepared.map((p) => p.data[identity]) } },
    select: selectOf(fields),
  });
  const byIdentity = new Map(existing.map((r) => [String(r[identity]), r]));
  if (m.beforeWrite && !run.dryRun)
    await m.beforeWrite(
      tx,
      prepared.map((p) => p.data),
    );
  for (const p of prepared) {
    let stored = byIdentity.get(String(p.data[identity]));
    if (!stored && m.adopt) {
      const where = m.adopt(p.data);
      if (where)
        stored =
          (await table.findFirst({ where: { ...where, legacyId: null }, select: selectOf(fields) })) ??
          undefined;
    }
    let id: number;
    let changed: boolean;
    if (!stored) {
      id = run.dryRun ? --dryRunIds : (await table.create({ data: p.data, select: { id: true } })).id;
      byIdentity.set(String(p.data[identity]), { ...p.data, id });
      counts.created++;
    } else {
      id = stored.id as number;
      const diff = changedFields(p.data, stored);
      if (diff.length && !run.dryRun)
        await table.update({ where: { id }, data: Object.fromEntries(diff.map((k) => [k, p.data[k]])) });
      const linksChanged = await syncLinks(m, tx, id, p.links, false, run.dryRun);
      changed = diff.length > 0 || linksChanged;
      if (changed) counts.updated++;
      else counts.unchanged++;
      written.push({ p, id });
      continue;
    }
    await syncLinks(m, tx, id, p.links, true, run.dryRun);
    written.push({ p, id });
  }
}

/** Replaces each many-to-many set of row `id`; true when anything changed. */
async function syncLinks(
  m: Mapping,
  tx: Tx,
  id: number,
  links: Record<string, number[]>,
  fresh: boolean,
  dryRun: boolean,
) {
  let changed = false;
  for (const [name, ids] of Object.entries(links)) {
    const spec = m.links?.[name];
    if (!spec) throw new Error(`${m.model}: no link spec "${name}"`);
    const table = delegate(tx, spec.table);
    const current = fresh
      ? []
      : (await table.findMany({ where: { [spec.own]: id }, select: { [spec.other]: true } })).map(
          (r) => r[spec.other] as number,
        );
    const want = [...new Set(ids)];
    if (sameSet(current, want)) continue;
    changed = true;
    if (dryRun) continue;
    await table.deleteMany({ where: { [spec.own]: id, [spec.other]: { notIn: want } } });
    await table.createMany({
      data: want.filter((o) => !current.includes(o)).map((o) => ({ [spec.own]: id, [spec.other]: o })),
      skipDuplicates: true,
    });
  }
  return changed;
}

/** A self-reference (a menu item's parent) listed after its child: set once the model is in. */
async function resolveParents(
  m: Mapping,
  pending: { id: number; parent: unknown; pk: unknown }[],
  run: ModelRun,
  report: ModelReport,
) {
  const column = m.selfRef!.column;
  for (const p of pending) {
    const parentId = run.refs.ref(m.model, p.parent);
    if (parentId === undefined) {
      report.failures.push({ pk: p.pk, reason: `parent ${JSON.stringify(p.parent)} is not in the dump` });
      report.failed++;
      continue;
    }
    if (!run.dryRun)
      await delegate(run.db, m.table!).update({ where: { id: p.id }, data: { [column]: parentId } });
  }
}
