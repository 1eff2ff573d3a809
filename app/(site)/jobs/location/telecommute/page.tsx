import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobList, pageNumber } from "@/lib/jobs/loaders";

export const metadata: Metadata = { title: "Remote (telecommuting) jobs" };

export default async function TelecommutePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = await loadJobList({ telecommute: true }, pageNumber((await searchParams).page));
  return <JobList title="Remote (telecommuting) jobs" page={page} basePath="/jobs/location/telecommute/" />;
}
