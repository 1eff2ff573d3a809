import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { Pagination } from "@/components/ui/pagination";
import { loadAuditLog } from "@/lib/admin/loaders";

export const metadata: Metadata = { title: "Audit log · Admin", robots: { index: false } };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page, perPage, rows, total } = await loadAuditLog(await searchParams);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <table className="table-sm table" aria-label="Audit log">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>Target</th>
            <th>From</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <DateTime value={r.at} />
              </td>
              <td>{r.actor?.username ?? "—"}</td>
              <td>{r.action}</td>
              <td>{r.targetType ? `${r.targetType} ${r.targetId ?? ""}` : ""}</td>
              <td>{r.ip ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pages={Math.ceil(total / perPage)} href={(p) => `/admin/audit/?page=${p}`} />
    </div>
  );
}
