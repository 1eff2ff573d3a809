/**
 * Query parameters of an admin list (search, filters, sort, page), parsed strictly: unknown sort
 * columns and filter values fall back to the defaults, never into a query.
 */
export type ListSpec = {
  sorts: readonly string[];
  defaultSort: string;
  defaultDir?: "asc" | "desc";
  filters?: Record<string, readonly string[]>;
  perPage?: number;
};

export type ListParams = {
  q: string;
  page: number;
  perPage: number;
  sort: string;
  dir: "asc" | "desc";
  filters: Record<string, string>;
};

export function parseListParams(
  raw: Record<string, string | string[] | undefined>,
  spec: ListSpec,
): ListParams {
  const one = (k: string) => {
    const v = raw[k];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const filters: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(spec.filters ?? {})) {
    const v = one(name);
    if (allowed.includes(v)) filters[name] = v;
  }
  const sort = spec.sorts.includes(one("sort")) ? one("sort") : spec.defaultSort;
  const dir =
    one("dir") === "desc" || one("dir") === "asc"
      ? (one("dir") as "asc" | "desc")
      : (spec.defaultDir ?? "asc");
  return {
    q: one("q").trim().slice(0, 100),
    page: Math.max(1, Math.min(10_000, Number(one("page")) || 1)),
    perPage: spec.perPage ?? 25,
    sort,
    dir,
    filters,
  };
}

/** The list's URL with some parameters changed; page goes back to 1 unless given. */
export function listHref(
  basePath: string,
  params: ListParams,
  change: Partial<Record<string, string | number>> = {},
) {
  const merged: Record<string, string> = {
    ...(params.q ? { q: params.q } : {}),
    ...params.filters,
    sort: params.sort,
    dir: params.dir,
    ...(change.page === undefined ? {} : { page: String(change.page) }),
  };
  for (const [k, v] of Object.entries(change)) {
    if (k === "page") continue;
    if (v === "" || v === undefined) delete merged[k];
    else merged[k] = String(v);
  }
  return `${basePath}?${new URLSearchParams(merged)}`;
}

/** A path segment that can be a database id (PostgreSQL int4), or null. */
export const dbId = (id: string): number | null =>
  /^\d+$/.test(id) && Number(id) < 2 ** 31 ? Number(id) : null;
