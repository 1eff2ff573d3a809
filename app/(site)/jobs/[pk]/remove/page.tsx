import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { JobButton } from "@/components/jobs/job-actions";
import { removeJobAction } from "@/lib/jobs/actions";
import { loadJobPage, loadSignedIn } from "@/lib/jobs/loaders";
import { jobDisplayName } from "@/lib/jobs/utils";

export const metadata: Metadata = { title: "Remove a job posting", robots: { index: false } };

/**
 * JobRemove: python.org removed on a GET; here the GET asks and a POST removes (a link must not
 * change data). Someone else's job sends the visitor to their own list, as python.org.
 */
export default async function JobRemovePage({ params }: { params: Promise<{ pk: string }> }) {
  const { pk } = await params;
  await loadSignedIn(`/jobs/${pk}/remove/`);
  const { job, viewer } = await loadJobPage(pk);
  if (!viewer.isOwner || job.status === "removed") redirect("/jobs/mine/");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Remove {jobDisplayName(job)}?</h1>
      <p>The posting leaves the job board at once. This cannot be undone.</p>
      <JobButton action={removeJobAction} jobId={job.id} label="Remove this job posting" className="btn btn-error" />
    </div>
  );
}
