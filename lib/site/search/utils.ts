/** The type segment of the cached search route when no type filter is chosen (no type is named so). */
export const ALL_TYPES = "_";

/** The canonical address of a search, as visitors see it (`/search/?q=…&type=…&page=N`). */
export function searchHref(s: {
  q: string;
  types: readonly string[];
  page?: number;
  perPage?: number;
}): string {
  const p = new URLSearchParams({ q: s.q });
  if (s.types.length) p.set("type", s.types.join(","));
  if (s.page && s.page > 1) p.set("page", String(s.page));
  if (s.perPage !== undefined) p.set("per_page", String(s.perPage));
  return `/search/?${p}`;
}
