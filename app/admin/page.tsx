import type { Metadata } from "next";
import { loadDashboard } from "@/lib/site/admin/loaders";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

export default async function AdminDashboard() {
  const c = await loadDashboard();
  const stats: [string, number][] = [
    ["Active users", c.users],
    ["Unconfirmed addresses", c.unverified],
    ["Published releases", c.releases],
    ["Jobs awaiting review", c.pendingJobs],
    ["Mail in the outbox", c.outbox],
    ["Failed mail", c.failedMail],
    ["Failed background runs", c.failedRuns],
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Dashboard</h1>
      {/* A grid, not daisyUI's one-row stats: more tiles wrap instead of widening the page. */}
      <ul
        className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4"
        data-testid="dashboard-stats"
      >
        {stats.map(([label, value]) => (
          <li key={label} className="stat bg-base-200 rounded-box min-w-0 shadow-sm">
            <div className="stat-title whitespace-normal">{label}</div>
            <div className="stat-value">{value}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
