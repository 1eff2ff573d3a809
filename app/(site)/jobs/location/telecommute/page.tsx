import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobList, pageNumber } from "@/lib/jobs/loaders";

export const metadata: Metadata = { title: "Remote (telecommuting) jobs" };

// `n` is set on .../page/N/, where next.config.mjs rewrites ?page=N (a cached page, no searchParams).
export default async function TelecommutePage({ params }: { params: Promise<{ n?: string }> }) {
  const page = await loadJobList({ telecommute: true }, pageNumber((await params).n));
  return <JobList title="Remote (telecommuting) jobs" page={page} basePath="/jobs/location/telecommute/" />;
}
