import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { moderateJobAction } from "@/lib/jobs/admin/actions";
import { loadAdminJobsList } from "@/lib/jobs/admin/loaders";
import { JOB_STATUSES } from "@/lib/jobs/constants";
import { jobDisplayName } from "@/lib/jobs/utils";

export const metadata: Metadata = { title: "Jobs · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** JobAdmin: every job with its status; decisions as on the moderation queues. */
export default async function AdminJobsPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminJobsList(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Jobs</h1>
        <Link className="btn btn-sm" href="/jobs/review/">
          Review queue
        </Link>
        <Link className="btn btn-sm" href="/jobs/moderate/">
          Moderate
        </Link>
      </div>
      <AdminList
        label="Jobs"
        basePath="/admin/jobs/"
        searchLabel="Search jobs by title or company"
        params={params}
        rows={rows}
        total={total}
        rowId={(j) => j.id}
        filters={[
          { name: "status", label: "Status", options: JOB_STATUSES.map((s) => ({ value: s, label: s })) },
          {
            name: "featured",
            label: "Featured",
            options: [
              { value: "yes", label: "Featured" },
              { value: "no", label: "Not featured" },
            ],
          },
        ]}
        columns={[
          {
            key: "jobTitle",
            label: "Job",
            sortable: true,
            render: (j) => (
              <Link className="link" href={`/jobs/${j.id}/`}>
                {jobDisplayName(j)}
              </Link>
            ),
          },
          { key: "status", label: "Status", sortable: true, render: (j) => j.status },
          { key: "created", label: "Posted", sortable: true, render: (j) => <DateTime value={j.created} /> },
          {
            key: "actions",
            label: "Decide",
            render: (j) => (
              <span className="flex flex-wrap gap-1">
                {(["approve", "reject", "archive"] as const).map((op) => (
                  <RowAction
                    key={op}
                    action={moderateJobAction}
                    hidden={{ jobId: j.id }}
                    op={op}
                    label={op[0]!.toUpperCase() + op.slice(1)}
                    srLabel={jobDisplayName(j)}
                  />
                ))}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
