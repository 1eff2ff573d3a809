import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobList, loadJobType, pageNumber } from "@/lib/jobs/loaders";

// `n` is set on .../page/N/, where next.config.mjs rewrites ?page=N (a cached page, no searchParams).
type Props = { params: Promise<{ slug: string; n?: string }> };

// Rendered on first request, then cached until the jobs tag changes.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await loadJobType((await params).slug)).name} jobs` };
}

export default async function JobTypePage({ params }: Props) {
  const type = await loadJobType((await params).slug);
  const page = await loadJobList({ typeSlug: type.slug }, pageNumber((await params).n));
  return <JobList title={`${type.name} jobs`} page={page} basePath={`/jobs/type/${type.slug}/`} />;
}
