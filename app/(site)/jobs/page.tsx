import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobList, pageNumber } from "@/lib/jobs/loaders";

export const metadata: Metadata = {
  title: "Python Job Board",
  alternates: { types: { "application/rss+xml": "/jobs/feed/rss/" } },
};

export default async function JobsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = await loadJobList({}, pageNumber((await searchParams).page));
  return <JobList title="Python Job Board" page={page} basePath="/jobs/" empty="There are no jobs listed at the moment." />;
}
