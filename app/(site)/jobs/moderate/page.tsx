import type { Metadata } from "next";
import Link from "next/link";
import { ModerationTable } from "@/components/jobs/moderation-table";
import { Pagination } from "@/components/ui/pagination";
import { moderateJobAction } from "@/lib/jobs/admin/actions";
import { loadModerationList } from "@/lib/jobs/admin/loaders";

export const metadata: Metadata = { title: "Moderate jobs", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string; q?: string }> };

/** JobModerateList: every job not in review, `?q=` searching the titles (pythondotorg#630). */
export default async function JobModeratePage({ searchParams }: Props) {
  const sp = await searchParams;
  const { q, page } = await loadModerationList(sp.q, sp.page);
  const qs = q ? `q=${encodeURIComponent(q)}&` : "";
  return (
    <section className="space-y-4" aria-labelledby="moderate-title">
      <h1 id="moderate-title" className="text-3xl font-bold">
        Moderate jobs
      </h1>
      <p>
        <Link className="link" href="/jobs/review/">
          The review queue
        </Link>
      </p>
      <form role="search" className="flex gap-2" action="/jobs/moderate/">
        <label htmlFor="moderate-q" className="sr-only">
          Job title contains
        </label>
        <input id="moderate-q" name="q" defaultValue={q} className="input input-bordered input-sm" placeholder="Job title" />
        <button className="btn btn-sm">Search</button>
      </form>
      <ModerationTable jobs={page.jobs} action={moderateJobAction} />
      <Pagination page={page.page} pages={Math.ceil(page.total / page.perPage)} href={(p) => `/jobs/moderate/?${qs}page=${p}`} />
    </section>
  );
}
