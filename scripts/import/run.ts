/**
 * The import itself, apart from the command line: spool the dump, then each selected model in
 * dependency order. Writes go through the Prisma client given (scripts and tests pass their
 * own), in transactions of `batchSize` rows; nothing here revalidates or reindexes (the caller
 * does that once, at the end, when something changed).
 */
import { dumpFiles, spoolDump } from "./dump";
import { MarkupStage } from "./markup";
import { MediaCopier, type MediaReport } from "./media";
import { emptyReport, importModel } from "./model";
import { spoolPostgres } from "./postgres";
import { RefStore } from "./refs";
import { registry, selectMappings, type DomainMappings } from "./registry";
import type { Db, ModelReport } from "./types";
import type { Storage } from "../../lib/platform/storage";

export type Progress = {
  reading(): void;
  startModel(model: string, total: number): void;
  row(): void;
  endModel(): void;
};

export type ImportOptions = {
  inputs: string[];
  /** Read the Django tables of this database instead of dump files. */
  fromPostgres?: string | null;
  db: Db;
  only?: string[] | null;
  dryRun?: boolean;
  mediaDir?: string | null;
  storage?: () => Storage;
  batchSize?: number;
  progress?: Progress;
  entries?: DomainMappings[];
};

export type ImportResult = {
  models: ModelReport[];
  /** Models in the dump that nothing maps (yet), with their row counts. */
  ignored: Record<string, number>;
  media: MediaReport;
  markup: { kept: number; rendered: number; rstFailures: number };
  changed: boolean;
  /** What each domain's `afterImport` did (domain → its summary). */
  after: Record<string, string>;
  failed: number;
  seconds: number;
};

export async function runImport(opts: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const mappings = selectMappings(opts.only ?? null, opts.entries ?? registry);
  const selected = new Set(mappings.map((m) => m.source ?? m.model));
  let spool: Awaited<ReturnType<typeof spoolDump>>;
  if (opts.fromPostgres) spool = await spoolPostgres(opts.fromPostgres, mappings, opts.progress?.reading);
  else {
    const files = opts.inputs.flatMap(dumpFiles);
    if (files.length === 0) throw new Error(`no .json files in ${opts.inputs.join(", ")}`);
    spool = await spoolDump(files, (model) => selected.has(model), opts.progress?.reading);
  }
  const refs = new RefStore();
  const markup = new MarkupStage();
  const noStorage = () => {
    throw new Error("no storage configured for --media");
  };
  const media = new MediaCopier(opts.mediaDir ?? null, opts.storage ?? noStorage, Boolean(opts.dryRun));
  const models: ModelReport[] = [];
  const after: Record<string, string> = {};
  try {
    // Every table's legacy ids, selected or not: `--only pages` still resolves the pages' creators.
    for (const m of (opts.entries ?? registry).flatMap((e) => e.mappings)) await refs.preload(opts.db, m);
    for (const m of mappings) {
      const total = spool.counts.get(m.source ?? m.model) ?? 0;
      if (total === 0) continue;
      opts.progress?.startModel(m.model, total);
      let report: ModelReport;
      try {
        report = await importModel(m, spool.rows(m.source ?? m.model), {
          db: opts.db,
          refs,
          markup,
          media,
          dryRun: Boolean(opts.dryRun),
          batchSize: opts.batchSize ?? 500,
          onRow: opts.progress?.row,
        });
      } catch (e) {
        report = emptyReport(m.model);
        report.read = total;
        report.failed = total;
        report.failures.push({ pk: null, reason: e instanceof Error ? e.message : String(e) });
      }
      opts.progress?.endModel();
      if (!m.lookup || report.skipped > 0) models.push(report);
    }
    for (const entry of opts.dryRun ? [] : (opts.entries ?? registry)) {
      const own = new Set(entry.mappings.map((m) => m.model));
      if (entry.afterImport && models.some((r) => own.has(r.model) && r.created + r.updated > 0))
        after[entry.domain] = await entry.afterImport(opts.db);
    }
  } finally {
    markup.close();
    spool.dispose();
  }
  const failed = models.reduce((n, r) => n + r.failed, 0);
  return {
    models,
    ignored: Object.fromEntries([...spool.ignored].sort()),
    media: media.report,
    markup: { kept: markup.kept, rendered: markup.rendered, rstFailures: markup.rstFailures },
    changed: models.some((r) => r.created + r.updated > 0),
    after,
    failed,
    seconds: (performance.now() - started) / 1000,
  };
}
