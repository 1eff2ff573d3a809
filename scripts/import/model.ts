/**
 * Imports the rows of one Django model: map, render markup, copy media, then in bounded
 * transactions create what is new and update only what differs (found by legacy id, or adopted
 * by a natural key), keeping many-to-many sets in step. A batch that fails is retried row by row,
 * so one bad row is reported with its pk and reason and the others still land.
 */
import { changedFields, selectOf } from "./compare";
import { addLinks, adoptRows, currentLinks, delegate, syncLinks, type Prepared } from "./links";
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
  /**
   * Dry runs only, per model: the rows accepted so far, for Mapping.check (a real run's are in the
   * database, where the check finds them; only a dry run needs them kept).
   */
  accepted?: Map<string, Record<string, unknown>[]>;
};

function acceptedRows(run: ModelRun, model: string): Record<string, unknown>[] {
  run.accepted ??= new Map();
  let rows = run.accepted.get(model);
  if (!rows) run.accepted.set(model, (rows = []));
  return rows;
}

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
    if (m.check && run.dryRun) acceptedRows(run, m.model).push(...prepared.map((p) => p.data));
  } catch {
    // Row by row, to name the rows that fail.
    counts.created = counts.updated = counts.unchanged = 0;
    written.length = 0;
    for (const p of prepared) {
      const one: { p: Prepared; id: number }[] = [];
      try {
        await run.db.$transaction((tx) => writeRows(m, [p], tx, run, counts, one));
        written.push(...one);
        if (m.check && run.dryRun) acceptedRows(run, m.model).push(p.data);
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
  const keyOf = (p: Prepared) => String(p.data[identity]);
  const select = selectOf(new Set(prepared.flatMap((p) => Object.keys(p.data))));
  const stored = new Map(
    (
      await table.findMany({ where: { [identity]: { in: prepared.map((p) => p.data[identity]) } }, select })
    ).map((r) => [String(r[identity]), r]),
  );
  if (m.adopt)
    await adoptRows(
      m,
      prepared.filter((p) => !stored.has(keyOf(p))),
      table,
      select,
      stored,
      keyOf,
    );
  if (m.check)
    await m.check(
      tx,
      prepared.map((p) => p.data),
      acceptedRows(run, m.model),
    );
  if (m.beforeWrite && !run.dryRun)
    await m.beforeWrite(
      tx,
      prepared.map((p) => p.data),
    );

  // New rows in one statement (the first of any rows sharing an identity; the rest compare to it).
  const fresh = new Map<string, Prepared>();
  for (const p of prepared) if (!stored.has(keyOf(p)) && !fresh.has(keyOf(p))) fresh.set(keyOf(p), p);
  const newIds = new Map<string, number>();
  if (fresh.size) {
    const data = [...fresh.values()].map((p) => p.data);
    const rows = run.dryRun
      ? data.map((d) => ({ id: --dryRunIds, [identity]: d[identity] }))
      : await table.createManyAndReturn({ data, select: { id: true, [identity]: true } });
    for (const r of rows) newIds.set(String(r[identity]), r.id as number);
    counts.created += fresh.size;
    await addLinks(
      m,
      tx,
      [...fresh.values()].map((p) => ({ id: newIds.get(keyOf(p))!, links: p.links })),
      run.dryRun,
    );
  }

  const existing = prepared.filter((p) => fresh.get(keyOf(p)) !== p);
  const current = await currentLinks(
    m,
    tx,
    existing.map((p) => (stored.get(keyOf(p))?.id ?? newIds.get(keyOf(p))) as number),
  );
  for (const p of existing) {
    const row = stored.get(keyOf(p)) ?? { ...fresh.get(keyOf(p))!.data, id: newIds.get(keyOf(p)) };
    const id = row.id as number;
    const diff = changedFields(p.data, row);
    if (diff.length && !run.dryRun)
      await table.update({ where: { id }, data: Object.fromEntries(diff.map((k) => [k, p.data[k]])) });
    const linksChanged = await syncLinks(m, tx, id, p.links, current, run.dryRun);
    if (diff.length > 0 || linksChanged) counts.updated++;
    else counts.unchanged++;
    written.push({ p, id });
  }
  for (const p of fresh.values()) written.push({ p, id: newIds.get(keyOf(p))! });
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
