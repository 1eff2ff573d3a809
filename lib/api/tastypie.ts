/**
 * Tastypie conventions for the /api/v1/ family (pydotorg/resources.py): list envelope with
 * limit/offset meta, keys sorted, relative resource URIs, naive ISO datetimes in UTC.
 */
import { z } from "zod";

export const TASTYPIE_DEFAULT_LIMIT = 20;
export const TASTYPIE_MAX_LIMIT = 1000;

export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(0, "Invalid limit.").default(TASTYPIE_DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0, "Invalid offset.").default(0),
});

/** "2013-05-15T00:00:00" (Tastypie's naive datetime, in UTC), microseconds when present. */
export function tastypieDateTime(d: Date): string {
  const iso = d.toISOString().replace("Z", "");
  return d.getUTCMilliseconds() ? iso.replace(/\.(\d{3})$/, ".$1000") : iso.replace(/\.000$/, "");
}

export function sortKeys<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

/** The list envelope; `limit` 0 means "as many as allowed". */
export function tastypieList<T extends Record<string, unknown>>(
  path: string,
  params: URLSearchParams,
  page: { limit: number; offset: number },
  total: number,
  objects: T[],
) {
  const limit = page.limit === 0 ? TASTYPIE_MAX_LIMIT : Math.min(page.limit, TASTYPIE_MAX_LIMIT);
  const link = (offset: number) => {
    const p = new URLSearchParams(params);
    p.set("offset", String(offset));
    p.set("limit", String(limit));
    return `${path}?${p}`;
  };
  return {
    meta: {
      limit,
      next: page.offset + limit < total ? link(page.offset + limit) : null,
      offset: page.offset,
      // tastypie/paginator.py get_previous: none unless a whole page fits before this one.
      previous: page.offset - limit >= 0 ? link(page.offset - limit) : null,
      total_count: total,
    },
    objects: objects.map(sortKeys),
  };
}

export const effectiveLimit = (limit: number) =>
  limit === 0 ? TASTYPIE_MAX_LIMIT : Math.min(limit, TASTYPIE_MAX_LIMIT);

/** Tastypie's `set/<pk;pk;...>/` path parameter: up to 100 distinct ids. */
export const tastypieSetParamsSchema = z.object({
  ids: z
    .string()
    .regex(/^\d{1,10}(;\d{1,10})*;?$/, "Give ids separated by semicolons, e.g. 1;2;3.")
    .transform((v) => [...new Set(v.split(";").filter(Boolean).map(Number))].slice(0, 100)),
});

export const tastypieSetResponseSchema = z
  .object({ not_found: z.array(z.string()).optional(), objects: z.array(z.record(z.string(), z.unknown())) })
  .meta({ id: "V1Set" });

/**
 * get_multiple: the objects found, in the order asked, and (when some are missing) their ids
 * under `not_found`. Keys sorted, as Tastypie's JSON serializer writes them.
 */
export async function tastypieSet(ids: number[], load: (id: number) => Promise<object | null>) {
  const found = await Promise.all(ids.map(load));
  const notFound = ids.filter((_, i) => !found[i]).map(String);
  const objects = found
    .filter((o): o is object => o !== null)
    .map((o) => sortKeys(o as Record<string, unknown>));
  return notFound.length ? { not_found: notFound, objects } : { objects };
}
