import type { Metadata } from "next";
import Link from "next/link";
import { JobButton } from "@/components/jobs/job-actions";
import { JobView } from "@/components/jobs/job-detail";
import { submitJobAction } from "@/lib/jobs/actions";
import { loadOwnJob } from "@/lib/jobs/loaders";

export const metadata: Metadata = { title: "Preview your job posting", robots: { index: false } };

/** JobPreview: the posting as it will look, with Edit and "Submit for Approval". */
export default async function JobPreviewPage({ params }: { params: Promise<{ pk: string }> }) {
  const { pk } = await params;
  const { job } = await loadOwnJob(pk, `/jobs/${pk}/preview/`, "preview");
  return (
    <div className="space-y-6">
      <p className="alert alert-info" role="note">
        This is a preview of your job posting.{" "}
        {job.status === "review" ? "It is waiting for review." : "Nobody else sees it until it is approved."}
      </p>
      <JobView job={job} />
      <div className="flex flex-wrap items-start gap-3">
        <Link className="btn" href={`/jobs/${job.id}/edit/`}>
          Edit
        </Link>
        {/* Always mounted: after a submit the page re-renders with the job in review, and the
            button's state carries the redirect to the thanks page. */}
        <JobButton
          action={submitJobAction}
          jobId={job.id}
          label={job.status === "review" ? "Submitted for approval" : "Submit for Approval"}
          disabled={job.status === "review"}
        />
      </div>
    </div>
  );
}
