import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import { listHref, type ListParams } from "@/lib/admin/utils";

/**
 * A paginated list of records shown whole, one article each (the mail outbox, a log): for
 * records too long for a table row. Same URL state and pagination as AdminList.
 */
export function RecordList<R>({
  label,
  basePath,
  params,
  rows,
  total,
  rowId,
  render,
  empty = "Nothing here.",
}: {
  label: string;
  basePath: string;
  params: ListParams;
  rows: readonly R[];
  total: number;
  rowId: (row: R) => string | number;
  render: (row: R) => ReactNode;
  empty?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / params.perPage));
  return (
    <section aria-label={label} className="space-y-3">
      <p role="status" className="text-sm">
        {total} result{total === 1 ? "" : "s"}
      </p>
      {rows.length === 0 && <p className="alert">{empty}</p>}
      {rows.map((row) => (
        <article key={rowId(row)} className="card bg-base-200 p-4">
          {render(row)}
        </article>
      ))}
      <Pagination page={params.page} pages={pages} href={(p) => listHref(basePath, params, { page: p })} />
    </section>
  );
}
