import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { JobBoardSponsors } from "@/components/sponsors/sponsors-by-package";
import { loadJobList, pageNumber } from "@/lib/jobs/loaders";
import { loadPlacedSponsors } from "@/lib/sponsors/loaders";

export const metadata: Metadata = {
  title: "Python Job Board",
  alternates: { types: { "application/rss+xml": "/jobs/feed/rss/" } },
};

// `n` is set on .../page/N/, where next.config.mjs rewrites ?page=N (a cached page, no searchParams).
export default async function JobsPage({ params }: { params: Promise<{ n?: string }> }) {
  const [page, sponsors] = await Promise.all([
    loadJobList({}, pageNumber((await params).n)),
    loadPlacedSponsors("jobs"),
  ]);
  return (
    <>
      <JobList
        title="Python Job Board"
        page={page}
        basePath="/jobs/"
        empty="There are no jobs listed at the moment."
      />
      <JobBoardSponsors sponsors={sponsors} />
    </>
  );
}
