import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobList, loadJobType, pageNumber } from "@/lib/jobs/loaders";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await loadJobType((await params).slug)).name} jobs` };
}

export default async function JobTypePage({ params, searchParams }: Props) {
  const type = await loadJobType((await params).slug);
  const page = await loadJobList({ typeSlug: type.slug }, pageNumber((await searchParams).page));
  return <JobList title={`${type.name} jobs`} page={page} basePath={`/jobs/type/${type.slug}/`} />;
}
