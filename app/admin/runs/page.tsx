import type { Metadata } from "next";
import { InlineRows } from "@/components/admin/inline-rows";
import { RunNowButton } from "@/components/admin/run-now-button";
import { DateTime } from "@/components/ui/date-time";
import { runJobNowAction } from "@/lib/site/admin/actions";
import { loadBackgroundRuns } from "@/lib/site/admin/loaders";

export const metadata: Metadata = { title: "Background runs · Admin", robots: { index: false } };

const when = (d: Date | null) => (d ? <DateTime value={d} withTime /> : "—");

// Every function of inngest/index.ts, its trigger and its last runs (platform_backgroundrun).
export default async function BackgroundRunsPage() {
  const functions = await loadBackgroundRuns();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Background runs</h1>
      {functions.map((f) => (
        <section key={f.id} aria-labelledby={`fn-${f.id}`} className="card bg-base-200 space-y-2 p-4">
          <h2 id={`fn-${f.id}`} className="font-mono text-lg font-semibold">
            {f.id}
          </h2>
          <p className="text-sm" data-testid="trigger">
            {"cron" in f.trigger ? `Scheduled: ${f.trigger.cron}` : `On event: ${f.trigger.event}`} · retries{" "}
            {f.retries}
          </p>
          {f.runnable && <RunNowButton action={runJobNowAction} functionId={f.id} />}
          <InlineRows
            label={`Last runs of ${f.id}`}
            empty="No runs yet."
            rows={f.runs}
            rowId={(r) => r.id}
            columns={[
              { key: "id", label: "Run", render: (r) => r.id },
              { key: "status", label: "Status", render: (r) => r.status },
              { key: "attempts", label: "Attempts", render: (r) => r.attempts },
              { key: "created", label: "Queued", render: (r) => when(r.createdAt) },
              { key: "started", label: "Started", render: (r) => when(r.startedAt) },
              { key: "finished", label: "Finished", render: (r) => when(r.finishedAt) },
              {
                key: "error",
                label: "Error",
                render: (r) => r.error ?? "",
                className: "text-error text-xs break-all",
              },
            ]}
          />
        </section>
      ))}
    </div>
  );
}
