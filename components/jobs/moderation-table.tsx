import Link from "next/link";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import type { JobListItem } from "@/lib/jobs/types";
import { jobDisplayName } from "@/lib/jobs/utils";

const OPS = [
  ["approve", "Approve", "btn btn-xs btn-success"],
  ["reject", "Reject", "btn btn-xs btn-warning"],
  ["archive", "Archive", "btn btn-xs"],
  ["remove", "Remove", "btn btn-xs btn-error btn-outline"],
] as const;

/** The review queue and the moderation list: each job with its status and the four decisions. */
export function ModerationTable({ jobs, action }: { jobs: JobListItem[]; action: (form: FormData) => Promise<void> }) {
  if (jobs.length === 0) return <p>Nothing to moderate here.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Status</th>
            <th scope="col">Posted</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id} data-testid="moderation-row">
              <td>
                <Link className="link" href={`/jobs/${j.id}/`}>
                  {jobDisplayName(j)}
                </Link>
              </td>
              <td>{j.status}</td>
              <td>
                <DateTime value={j.created} />
              </td>
              <td className="flex flex-wrap gap-1">
                {OPS.filter(([op]) => !(op === "approve" && j.status === "approved")).map(([op, label, cls]) => (
                  <RowAction
                    key={op}
                    action={action}
                    hidden={{ jobId: j.id }}
                    op={op}
                    label={label}
                    className={cls}
                    srLabel={jobDisplayName(j)}
                    confirm={op === "remove" ? `Remove ${jobDisplayName(j)}?` : undefined}
                  />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
