import type { Metadata } from "next";
import { BarChart } from "@/components/admin/bar-chart";
import { loadDownloadStats } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Download statistics · Admin", robots: { index: false } };

// Daily counts from downloads-aggregate-counts (lib/downloads/stats): browsers that send link pings.
export default async function DownloadStatsPage() {
  const { daily, top, total } = await loadDownloadStats();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Download statistics</h1>
      <p data-testid="downloads-total">
        {total.toLocaleString("en")} downloads counted in the last {daily.length} days.
      </p>
      <BarChart label="Downloads per day" data={daily.map((d) => ({ key: d.day, value: d.count }))} />
      <h2 className="text-xl font-semibold">Most downloaded files</h2>
      <table className="table" aria-label="Most downloaded files">
        <thead>
          <tr>
            <th>File</th>
            <th>Release</th>
            <th>Downloads</th>
          </tr>
        </thead>
        <tbody>
          {top.map((f) => (
            <tr key={`${f.release}/${f.name}`}>
              <td>{f.name}</td>
              <td>{f.release}</td>
              <td>{f.count.toLocaleString("en")}</td>
            </tr>
          ))}
          {top.length === 0 && (
            <tr>
              <td colSpan={3}>No downloads counted yet.</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="text-sm">
        Counts come from the browser&apos;s link ping (Chromium and Safari send it, Firefox does not by
        default), added up every 15 minutes. The CDN&apos;s logs remain the full record.
      </p>
    </div>
  );
}
