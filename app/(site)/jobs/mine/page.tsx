import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadMyJobs, pageNumber } from "@/lib/jobs/loaders";

export const metadata: Metadata = { title: "Your job postings", robots: { index: false } };

export default async function MyJobsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = await loadMyJobs(pageNumber((await searchParams).page));
  return (
    <JobList
      title="Your job postings"
      page={page}
      basePath="/jobs/mine/"
      showStatus
      empty="You have not posted any jobs yet."
    />
  );
}
