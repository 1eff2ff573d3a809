import type { Metadata } from "next";
import { AdminList } from "@/components/admin/admin-list";
import { DateTime } from "@/components/ui/date-time";
import { loadAuditLog } from "@/lib/site/admin/loaders";

export const metadata: Metadata = { title: "Audit log · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// AC-LOG-1: who did what, when and from where (lib/platform/audit), newest first.
export default async function AuditPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAuditLog(await searchParams);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <AdminList
        label="Audit log"
        basePath="/admin/audit/"
        searchLabel="Search the audit log by action"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        columns={[
          { key: "at", label: "When", render: (r) => <DateTime value={r.at} withTime /> },
          { key: "who", label: "Who", render: (r) => r.actor?.username ?? "—" },
          { key: "action", label: "What", render: (r) => r.action },
          {
            key: "target",
            label: "Target",
            render: (r) => (r.targetType ? `${r.targetType} ${r.targetId ?? ""}` : ""),
          },
          { key: "ip", label: "From", render: (r) => r.ip ?? "" },
        ]}
      />
    </div>
  );
}
