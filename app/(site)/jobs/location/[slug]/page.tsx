import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobList, pageNumber } from "@/lib/jobs/loaders";
import { jobDisplayLocation } from "@/lib/jobs/utils";

// `n` is set on .../page/N/, where next.config.mjs rewrites ?page=N (a cached page, no searchParams).
type Props = { params: Promise<{ slug: string; n?: string }> };

// Rendered on first request, then cached until the jobs tag changes.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export const metadata: Metadata = { title: "Jobs by location" };

/** JobListLocation: visible jobs with this location slug (an unknown place is an empty list, as python.org). */
export default async function JobLocationPage({ params }: Props) {
  const { slug, n } = await params;
  const page = await loadJobList({ locationSlug: slug }, pageNumber(n));
  const place = page.jobs[0] ? jobDisplayLocation(page.jobs[0]) : slug;
  return <JobList title={`Jobs in ${place}`} page={page} basePath={`/jobs/location/${slug}/`} />;
}
