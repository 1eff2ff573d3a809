import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobList, pageNumber } from "@/lib/jobs/loaders";
import { jobDisplayLocation } from "@/lib/jobs/utils";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export const metadata: Metadata = { title: "Jobs by location" };

/** JobListLocation: visible jobs with this location slug (an unknown place is an empty list, as python.org). */
export default async function JobLocationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const page = await loadJobList({ locationSlug: slug }, pageNumber((await searchParams).page));
  const place = page.jobs[0] ? jobDisplayLocation(page.jobs[0]) : slug;
  return <JobList title={`Jobs in ${place}`} page={page} basePath={`/jobs/location/${slug}/`} />;
}
