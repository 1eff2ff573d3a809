/**
 * The Django import's vocabulary. A dump row is what `manage.py dumpdata` writes; a mapping turns
 * the rows of one Django model into rows of one of our tables (scripts/import/models/<domain>.ts,
 * listed in registry.ts).
 */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { MarkupType } from "../../lib/platform/markup";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** One object of a dumpdata array: `{"model": "app.model", "pk": 1, "fields": {...}}`. */
export type DumpRow = { model: string; pk: unknown; fields: Record<string, unknown> };

/** A foreign key as dumpdata writes it: a pk, or a natural key (with --natural-foreign). */
export type ForeignKey = unknown;

/** A markup field: where its source, type and Django's rendered HTML sit in our data. */
export type MarkupSpec = { source: string; type: string; rendered: string };

export type MapContext = {
  /** Our id for a row of `model` (by pk or natural key), or undefined when it is not known. */
  ref(model: string, key: ForeignKey): number | undefined;
  /** A looked-up value (content types, sitetree trees): see `Mapping.lookup`. */
  lookup(model: string, key: ForeignKey): string | undefined;
};

/** What a mapping makes of a row: data for our table, or a reason it is skipped. */
export type Mapped =
  | {
      data: Record<string, unknown>;
      /** Many-to-many sets: link table name → our ids of the other side (replaces the set). */
      links?: Record<string, number[]>;
      /** Also known under these natural keys (e.g. a username) for later rows' references. */
      naturalKeys?: string[];
    }
  | { skip: string };

/** A join table kept in step with a row's many-to-many field. */
export type LinkSpec = {
  /** Prisma delegate name, e.g. "userGroup". */
  table: string;
  own: string;
  other: string;
};

export type Mapping = {
  /** Django's `app_label.model`, lower case as dumpdata writes it. */
  model: string;
  /**
   * The dump model whose rows this mapping reads, when not `model`: a second pass over a model's
   * rows (a many-to-many field onto the same model, set once every row has an id).
   */
  source?: string;
  /** Prisma delegate (`db.box`); absent for lookup-only models (content types). */
  table?: string;
  /** Models whose rows this one references (their rows are imported first). */
  dependsOn?: string[];
  /**
   * How an existing row is found: by `legacyId` (the default) or by another unique field the data
   * carries (a DRF token has no integer pk: its key hash).
   */
  identity?: string;
  /**
   * Adopts a row already in the database that has no legacy id (seed data, or rows made by hand
   * before the import): the unique where-clause for it, from the mapped data.
   */
  adopt?: (data: Record<string, unknown>) => Record<string, unknown> | null;
  /** The natural key other dumps use for this model's rows (`--natural-foreign`), from our row. */
  naturalKey?: { field: string };
  /**
   * A lookup-only model: the value remembered for each row (e.g. `"jobs.job"` for a content type),
   * under its pk or the `key` given; `reported` rows are listed as skipped with the reason given
   * (folded into another model's rows).
   */
  lookup?: (row: DumpRow) => { key?: unknown; value: string; reported?: string } | { skip: string } | string;
  map?: (row: DumpRow, ctx: MapContext) => Mapped;
  markup?: MarkupSpec[];
  /** File fields (storage keys in our data) copied from `--media`. */
  media?: string[];
  links?: Record<string, LinkSpec>;
  /** A column referencing this same table, resolved after the whole model is in. */
  selfRef?: { field: string; column: string };
  /** Runs in the write transaction before a batch (e.g. demote another latest release). */
  beforeWrite?: (tx: Tx, rows: Record<string, unknown>[]) => Promise<void>;
  /**
   * Reads only, and refuses a batch's bad rows by throwing MapError; runs on dry runs too.
   * `earlier`: on a dry run, the rows of this model it accepted before (it stores none); empty otherwise.
   */
  check?: (tx: Tx, rows: Record<string, unknown>[], earlier: Record<string, unknown>[]) => Promise<void>;
};

export type ModelReport = {
  model: string;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
  failures: { pk: unknown; reason: string }[];
  skips: { pk: unknown; reason: string }[];
};

export type MarkupTypeName = MarkupType;
