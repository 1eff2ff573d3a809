import Link from "next/link";
import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import { listHref, type ListParams } from "@/lib/admin/utils";
import { ConfirmSubmit } from "./confirm-submit";

export type AdminColumn<R> = {
  key: string;
  label: string;
  sortable?: boolean;
  render: (row: R) => ReactNode;
};
export type AdminFilter = { name: string; label: string; options: { value: string; label: string }[] };
export type AdminBulk = {
  action: (form: FormData) => Promise<void>;
  ops: { value: string; label: string; confirm?: string }[];
};

/**
 * Every admin list (ModelAdmin's changelist): search box, filters, sortable columns,
 * first/previous/next/last pagination and bulk actions on the checked rows. State lives in the
 * URL (GET form), so lists can be linked; the loader parses it strictly (lib/admin/utils
 * parseListParams). Bulk actions are server actions (asFormAction) that authorize again,
 * whatever the page showed; an operation with `confirm` asks first in a dialog.
 */
export function AdminList<R>({
  label,
  basePath,
  params,
  rows,
  total,
  rowId,
  columns,
  filters = [],
  bulk,
  searchLabel,
}: {
  label: string;
  basePath: string;
  params: ListParams;
  rows: R[];
  total: number;
  rowId: (row: R) => number;
  columns: AdminColumn<R>[];
  filters?: AdminFilter[];
  bulk?: AdminBulk;
  /** The search box's label; without it (and without filters) the list has no search form. */
  searchLabel?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / params.perPage));
  const table = (
    <table className="table table-stack" aria-label={label}>
      <thead className="text-base-content">
        <tr>
          {bulk && (
            <th className="w-8">
              <span className="sr-only">Select</span>
            </th>
          )}
          {columns.map((c) => {
            if (!c.sortable) return <th key={c.key}>{c.label}</th>;
            const active = params.sort === c.key;
            const dir = active && params.dir === "asc" ? "desc" : "asc";
            return (
              <th
                key={c.key}
                aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
              >
                <Link className="link" href={listHref(basePath, params, { sort: c.key, dir })}>
                  {c.label}
                  {active ? (params.dir === "asc" ? " ▲" : " ▼") : ""}
                </Link>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowId(row)}>
            {bulk && (
              <td>
                <input
                  type="checkbox"
                  name="ids"
                  value={rowId(row)}
                  className="checkbox checkbox-sm"
                  aria-label={`Select row ${rowId(row)}`}
                />
              </td>
            )}
            {columns.map((c) => (
              <td key={c.key} data-label={c.label}>
                {c.render(row)}
              </td>
            ))}
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length + (bulk ? 1 : 0)}>Nothing matches.</td>
          </tr>
        )}
      </tbody>
    </table>
  );
  return (
    <div className="space-y-3">
      {(searchLabel || filters.length > 0) && (
        <form method="get" role="search" className="flex flex-wrap items-end gap-2">
          {searchLabel && (
            <input
              name="q"
              defaultValue={params.q}
              aria-label={searchLabel}
              placeholder="Search"
              className="input"
            />
          )}
          {filters.map((f) => (
            <label key={f.name} className="flex flex-col text-sm">
              {f.label}
              <select name={f.name} defaultValue={params.filters[f.name] ?? ""} className="select select-sm">
                <option value="">Any</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <input type="hidden" name="sort" value={params.sort} />
          <input type="hidden" name="dir" value={params.dir} />
          <button className="btn">Apply</button>
        </form>
      )}
      <p role="status" className="text-sm">
        {total} result{total === 1 ? "" : "s"}
      </p>
      {bulk ? (
        <form action={bulk.action} className="space-y-2">
          <div className="flex flex-wrap gap-2" aria-label="Actions on the selected rows">
            {bulk.ops.map((op) =>
              op.confirm ? (
                <ConfirmSubmit
                  key={op.value}
                  label={op.label}
                  question={op.confirm}
                  name="op"
                  value={op.value}
                />
              ) : (
                <button key={op.value} className="btn btn-sm" name="op" value={op.value}>
                  {op.label}
                </button>
              ),
            )}
          </div>
          {table}
        </form>
      ) : (
        table
      )}
      <Pagination page={params.page} pages={pages} href={(p) => listHref(basePath, params, { page: p })} />
    </div>
  );
}
