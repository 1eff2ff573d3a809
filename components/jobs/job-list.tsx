import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { Pagination } from "@/components/ui/pagination";
import type { JobListItem, JobPage } from "@/lib/jobs/types";
import { isNewJob, jobDisplayLocation } from "@/lib/jobs/utils";

/** One job in a list (templates/jobs/job_list.html's listing item). */
export function JobListEntry({ job, showStatus = false }: { job: JobListItem; showStatus?: boolean }) {
  return (
    <li className="border-base-300 border-b py-3" data-testid="job-listing">
      <h2 className="text-lg font-semibold">
        <Link className="link link-hover" href={`/jobs/${job.id}/`}>
          {job.jobTitle}
        </Link>
        {job.isFeatured && <span className="badge badge-warning ml-2 align-middle">Featured</span>}
        {isNewJob(job.created) && <span className="badge badge-info ml-2 align-middle">New</span>}
        {showStatus && job.status !== "approved" && (
          <span className="badge badge-outline ml-2 align-middle">{job.status}</span>
        )}
      </h2>
      <p>{job.companyName}</p>
      <p className="text-sm">
        <Link className="link" href={`/jobs/location/${job.locationSlug}/`}>
          {jobDisplayLocation(job)}
        </Link>
        {job.telecommuting && (
          <>
            {" · "}
            <Link className="link" href="/jobs/location/telecommute/">
              Remote work possible
            </Link>
          </>
        )}
      </p>
      <p className="text-sm">
        Posted <DateTime value={job.created} /> · <Link className="link" href={`/jobs/category/${job.category.slug}/`}>{job.category.name}</Link>
        {job.jobTypes.map((t) => (
          <span key={t.slug}>
            {" · "}
            <Link className="link" href={`/jobs/type/${t.slug}/`}>
              {t.name}
            </Link>
          </span>
        ))}
      </p>
    </li>
  );
}

/** A page of jobs with its heading, the empty text and the pages below. */
export function JobList({
  title,
  page,
  basePath,
  empty = "There are no jobs here at the moment.",
  showStatus = false,
}: {
  title: string;
  page: JobPage;
  basePath: string;
  empty?: string;
  showStatus?: boolean;
}) {
  const pages = Math.max(1, Math.ceil(page.total / page.perPage));
  return (
    <section className="space-y-4" aria-labelledby="job-list-title">
      <h1 id="job-list-title" className="text-3xl font-bold">
        {title}
      </h1>
      {page.jobs.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="list-none">
          {page.jobs.map((j) => (
            <JobListEntry key={j.id} job={j} showStatus={showStatus} />
          ))}
        </ol>
      )}
      <Pagination page={page.page} pages={pages} href={(p) => (p === 1 ? basePath : `${basePath}?page=${p}`)} />
    </section>
  );
}
