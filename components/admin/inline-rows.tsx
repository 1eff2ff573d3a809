import type { ReactNode } from "react";

export type RowColumn<R> = { key: string; label: string; render: (row: R) => ReactNode; className?: string };

/**
 * Child rows under a parent's form (ModelAdmin's inlines: a release's files, a sponsor's
 * benefits): a labelled table with per-row actions (RowAction) and an empty line.
 */
export function InlineRows<R>({
  label,
  rows,
  rowId,
  columns,
  actions,
  empty = "Nothing yet.",
}: {
  label: string;
  rows: readonly R[];
  rowId: (row: R) => string | number;
  columns: RowColumn<R>[];
  actions?: (row: R) => ReactNode;
  empty?: string;
}) {
  return (
    <table className="table table-stack" aria-label={label}>
      <thead className="text-base-content">
        <tr>
          {columns.map((c) => (
            <th key={c.key}>{c.label}</th>
          ))}
          {actions && (
            <th>
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowId(row)}>
            {columns.map((c) => (
              <td key={c.key} className={c.className} data-label={c.label}>
                {c.render(row)}
              </td>
            ))}
            {actions && <td className="flex flex-wrap gap-2">{actions(row)}</td>}
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length + (actions ? 1 : 0)}>{empty}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
