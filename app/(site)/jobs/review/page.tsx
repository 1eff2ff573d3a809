import type { Metadata } from "next";
import Link from "next/link";
import { ModerationTable } from "@/components/jobs/moderation-table";
import { Pagination } from "@/components/ui/pagination";
import { moderateJobAction } from "@/lib/jobs/admin/actions";
import { loadReviewQueue } from "@/lib/jobs/admin/loaders";

export const metadata: Metadata = { title: "Jobs waiting for review", robots: { index: false } };

/** JobReview: the queue of submissions from the last 120 days, oldest first (job-board admins). */
export default async function JobReviewPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = await loadReviewQueue((await searchParams).page);
  return (
    <section className="space-y-4" aria-labelledby="review-title">
      <h1 id="review-title" className="text-3xl font-bold">
        Jobs waiting for review ({page.total})
      </h1>
      <p>
        <Link className="link" href="/jobs/moderate/">
          Moderate the other jobs
        </Link>
      </p>
      <ModerationTable jobs={page.jobs} action={moderateJobAction} />
      <Pagination page={page.page} pages={Math.ceil(page.total / page.perPage)} href={(p) => `/jobs/review/?page=${p}`} />
    </section>
  );
}
