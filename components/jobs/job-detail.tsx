import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { Markup } from "@/components/ui/markup";
import type { JobDetail, JobLink } from "@/lib/jobs/types";
import { isNewJob, jobDisplayLocation, jobDisplayName } from "@/lib/jobs/utils";

type Neighbour = JobLink | null;

/** templates/jobs/job_detail.html: the posting, its place, how to apply, and what surrounds it. */
export function JobView({
  job,
  sameCategory = [],
  neighbours,
  children,
}: {
  job: JobDetail;
  sameCategory?: JobLink[];
  neighbours?: { previous: Neighbour; next: Neighbour };
  children?: React.ReactNode;
}) {
  return (
    <article className="space-y-5" aria-labelledby="job-title">
      <header className="space-y-1">
        <h1 id="job-title" className="text-3xl font-bold">
          {job.jobTitle}
          {isNewJob(job.created) && <span className="badge badge-info ml-2 align-middle">New</span>}
          {job.isFeatured && <span className="badge badge-warning ml-2 align-middle">Featured</span>}
        </h1>
        {job.status !== "approved" && (
          <p role="status" className="alert alert-warning py-2" data-testid="job-status">
            Status: {job.status}
          </p>
        )}
        <p className="text-lg">{job.companyName}</p>
        <p>
          <Link className="link" href={`/jobs/location/${job.locationSlug}/`}>
            {jobDisplayLocation(job)}
          </Link>
        </p>
        <p className="text-sm">
          Posted <DateTime value={job.created} />
          {job.expires && job.status === "approved" && (
            <>
              {" "}
              · Listed until <DateTime value={job.expires} />
            </>
          )}
        </p>
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link className="badge badge-outline" href={`/jobs/category/${job.category.slug}/`}>
              {job.category.name}
            </Link>
          </li>
          {job.jobTypes.map((t) => (
            <li key={t.slug}>
              <Link className="badge badge-outline" href={`/jobs/type/${t.slug}/`}>
                {t.name}
              </Link>
            </li>
          ))}
          {job.otherJobType && <li className="badge badge-ghost">{job.otherJobType}</li>}
        </ul>
        <p className="text-sm">
          {job.telecommuting ? "Remote work (telecommuting) is possible." : "Work on site."}{" "}
          {job.agencies ? "Agencies may apply." : "No agencies please."}
        </p>
      </header>
      <section aria-labelledby="job-description">
        <h2 id="job-description" className="text-xl font-semibold">
          Job description
        </h2>
        <Markup html={job.descriptionRendered} />
      </section>
      <section aria-labelledby="job-requirements">
        <h2 id="job-requirements" className="text-xl font-semibold">
          Requirements
        </h2>
        <Markup html={job.requirementsRendered} />
      </section>
      {job.companyDescriptionRendered && (
        <section aria-labelledby="job-company">
          <h2 id="job-company" className="text-xl font-semibold">
            About the company
          </h2>
          <Markup html={job.companyDescriptionRendered} />
        </section>
      )}
      <section aria-labelledby="job-apply" className="space-y-1">
        <h2 id="job-apply" className="text-xl font-semibold">
          Contact information
        </h2>
        {job.contact && <p>Contact: {job.contact}</p>}
        <p>
          Email: <a className="link" href={`mailto:${job.email}`}>{job.email}</a>
        </p>
        {job.url && (
          <p>
            Web:{" "}
            <a className="link" href={job.url} rel="nofollow noopener">
              {job.url}
            </a>
          </p>
        )}
      </section>
      {children}
      {sameCategory.length > 0 && (
        <section aria-labelledby="job-same-category">
          <h2 id="job-same-category" className="text-xl font-semibold">
            More {job.category.name} jobs
          </h2>
          <ul className="list-disc pl-5">
            {sameCategory.map((j) => (
              <li key={j.id}>
                <Link className="link" href={`/jobs/${j.id}/`}>
                  {jobDisplayName(j)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {neighbours && (neighbours.previous || neighbours.next) && (
        <nav aria-label="Other job listings" className="flex justify-between gap-4">
          {neighbours.previous ? (
            <Link className="link" rel="prev" href={`/jobs/${neighbours.previous.id}/`}>
              ← {jobDisplayName(neighbours.previous)}
            </Link>
          ) : (
            <span />
          )}
          {neighbours.next && (
            <Link className="link" rel="next" href={`/jobs/${neighbours.next.id}/`}>
              {jobDisplayName(neighbours.next)} →
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}
