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
      <div className="stats stats-vertical sm:stats-horizontal bg-base-200 flex-wrap shadow">
        {stats.map(([label, value]) => (
          <div key={label} className="stat">
            <div className="stat-title">{label}</div>
            <div className="stat-value">{value}</div>
          </div>
        ))}
      </div>
    </div>
  );
}
