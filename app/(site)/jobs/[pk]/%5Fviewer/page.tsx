import type { Metadata } from "next";
import Link from "next/link";
import { JobButton } from "@/components/jobs/job-actions";
import { JobView } from "@/components/jobs/job-detail";
import { ReviewComments } from "@/components/jobs/review-comments";
import { commentJobAction, submitJobAction } from "@/lib/jobs/actions";
import { loadJobPage } from "@/lib/jobs/loaders";
import { jobDisplayName } from "@/lib/jobs/utils";

type Props = { params: Promise<{ pk: string }> };

// `/jobs/<pk>/` for a request with a session cookie (next.config.mjs rewrites it here): reads the
// session, so it renders per request; the visitors' copy is the cached ../page.tsx.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { job, visible } = await loadJobPage((await params).pk);
  return { title: jobDisplayName(job), ...(visible ? {} : { robots: { index: false } }) };
}

export default async function JobPage({ params }: Props) {
  const { job, comments, sameCategory, neighbours, viewer } = await loadJobPage((await params).pk);
  const editable = job.status === "draft" || job.status === "review" || job.status === "rejected";
  return (
    <JobView job={job} sameCategory={sameCategory} neighbours={neighbours}>
      {viewer.isOwner && (
        <p className="flex flex-wrap gap-3">
          {editable && (
            <>
              <Link className="btn btn-sm" href={`/jobs/${job.id}/edit/`}>
                Edit
              </Link>
              <Link className="btn btn-sm" href={`/jobs/${job.id}/preview/`}>
                Preview
              </Link>
            </>
          )}
          {job.status === "approved" && (
            <Link className="btn btn-sm btn-outline btn-error" href={`/jobs/${job.id}/remove/`}>
              Remove
            </Link>
          )}
        </p>
      )}
      {viewer.isAdmin && !viewer.isOwner && (
        <p>
          <Link className="btn btn-sm" href={`/jobs/${job.id}/edit/`}>
            Edit as job board admin
          </Link>
        </p>
      )}
      {(viewer.isOwner || viewer.isAdmin) && (
        <ReviewComments
          jobId={job.id}
          comments={comments}
          action={commentJobAction}
          isAdmin={viewer.isAdmin}
          canDecide={job.status === "review" || job.status === "rejected" || job.status === "approved"}
        />
      )}
      {viewer.isOwner && (job.status === "draft" || job.status === "review") && (
        <JobButton
          action={submitJobAction}
          jobId={job.id}
          label={job.status === "review" ? "Submitted for approval" : "Submit for Approval"}
          disabled={job.status === "review"}
        />
      )}
    </JobView>
  );
}
