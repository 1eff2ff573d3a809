/** Helpers the mappings share: typed field reads, dates, foreign keys, Django's abstract models. */
import { MediaCopier } from "../media";
import type { ForeignKey, MapContext } from "../types";

export class MapError extends Error {}

export const str = (v: unknown, fallback = ""): string =>
  v === null || v === undefined ? fallback : String(v);
export const strOrNull = (v: unknown): string | null =>
  v === null || v === undefined || v === "" ? null : String(v);
export const bool = (v: unknown, fallback = false): boolean =>
  v === null || v === undefined ? fallback : Boolean(v);
export const boolOrNull = (v: unknown): boolean | null => (v === null || v === undefined ? null : Boolean(v));
export const int = (v: unknown, fallback = 0): number => {
  if (v === null || v === undefined || v === "") return fallback;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new MapError(`${JSON.stringify(v)} is not an integer`);
  return n;
};

/** A nullable integer field (PositiveIntegerField(null=True)). */
export const intOrNull = (v: unknown): number | null => (v === null || v === undefined || v === "" ? null : int(v));

/** A choices field: the value, or a MapError listing the choices. */
export function oneOf<T extends string>(v: unknown, allowed: readonly T[], field: string): T {
  const s = str(v);
  if (!(allowed as readonly string[]).includes(s))
    throw new MapError(`${field} "${s}" is not one of ${allowed.join(", ")}`);
  return s as T;
}

/** A file field of ours that keeps "" for no file (Django's empty FileField). */
export const fileKey = (v: unknown): string => MediaCopier.keyOf(v) ?? "";

/** A DateTimeField ("2022-08-01T18:52:39.307Z"; naive values are taken as UTC, Django's USE_TZ). */
export function date(v: unknown): Date | null {
  if (v === null || v === undefined || v === "") return null;
  const s = String(v);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(s)
    ? `${s}T00:00:00Z`
    : /[zZ]|[+-]\d{2}:?\d{2}$/.test(s)
      ? s
      : `${s}Z`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new MapError(`${JSON.stringify(v)} is not a date`);
  return d;
}

export function requiredDate(v: unknown, field: string): Date {
  const d = date(v);
  if (!d) throw new MapError(`${field} is required`);
  return d;
}

/** Fields a row cannot do without (blank=False): a MapError naming the empty ones. */
export function required(f: Record<string, unknown>, ...names: string[]) {
  const missing = names.filter((n) => str(f[n]).trim() === "");
  if (missing.length) throw new MapError(`${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} required`);
}

/** apps/cms NameSlugModel: a name and a slug, both required. */
export function nameSlug(f: Record<string, unknown>) {
  const name = str(f.name);
  const slug = str(f.slug);
  if (!name || !slug) throw new MapError("name and slug are required");
  return { name, slug };
}

/** A required foreign key: our id, or a MapError naming the missing row. */
export function fk(ctx: MapContext, model: string, key: ForeignKey, field: string): number {
  const id = ctx.ref(model, key);
  if (id === undefined) throw new MapError(`${field} ${JSON.stringify(key)}: no such ${model} imported`);
  return id;
}

/** A nullable foreign key: null when unset or when the row is not in the dump (creator of a deleted user). */
export const fkOrNull = (ctx: MapContext, model: string, key: ForeignKey): number | null =>
  key === null || key === undefined ? null : (ctx.ref(model, key) ?? null);

/** Many-to-many ids; a member missing from the dump fails the row (the set would be wrong). */
export function many(ctx: MapContext, model: string, keys: unknown, field: string): number[] {
  if (!Array.isArray(keys)) return [];
  return keys.map((k) => fk(ctx, model, k, field));
}

/** apps/cms ContentManageable: created, updated, creator, last_modified_by. */
export function contentManageable(f: Record<string, unknown>, ctx: MapContext) {
  const created = date(f.created);
  return {
    ...(created ? { created } : {}),
    ...(date(f.updated) ? { updated: date(f.updated) } : created ? { updated: created } : {}),
    creatorId: fkOrNull(ctx, "users.user", f.creator),
    lastModifiedById: fkOrNull(ctx, "users.user", f.last_modified_by),
  };
}

/** A MarkupField's three columns under our names (`content` → content, contentMarkupType, contentRendered). */
export function markupField(f: Record<string, unknown>, field: string, ours: string, fallbackType: string) {
  return {
    [ours]: str(f[field]),
    [`${ours}MarkupType`]: str(f[`${field}_markup_type`], fallbackType) || fallbackType,
    [`${ours}Rendered`]: str(f[`_${field}_rendered`]),
  };
}

export const markupSpec = (ours: string) => ({
  source: ours,
  type: `${ours}MarkupType`,
  rendered: `${ours}Rendered`,
});

export const legacyPk = (pk: unknown): number => {
  const n = Number(pk);
  if (!Number.isInteger(n)) throw new MapError(`pk ${JSON.stringify(pk)} is not an integer`);
  return n;
};
