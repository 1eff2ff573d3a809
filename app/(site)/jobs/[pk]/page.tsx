import type { Metadata } from "next";
import { JobView } from "@/components/jobs/job-detail";
import { loadPublicJobPage } from "@/lib/jobs/loaders";
import { jobDisplayName } from "@/lib/jobs/utils";

type Props = { params: Promise<{ pk: string }> };

// A visible job as everyone sees it: no session is read, so the page is rendered on first
// request and then cached until the jobs tag changes. A request carrying a session cookie is
// rewritten to `_viewer/` (next.config.mjs), which renders per request what its owner and the
// job-board admins also see (status, edit links, review thread), and jobs others cannot see.
export async function generateStaticParams(): Promise<{ pk: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { job } = await loadPublicJobPage((await params).pk);
  return { title: jobDisplayName(job) };
}

export default async function JobPage({ params }: Props) {
  const { job, sameCategory, neighbours } = await loadPublicJobPage((await params).pk);
  return <JobView job={job} sameCategory={sameCategory} neighbours={neighbours} />;
}
