import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobCategory, loadJobList, pageNumber } from "@/lib/jobs/loaders";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await loadJobCategory((await params).slug)).name} jobs` };
}

export default async function JobCategoryPage({ params, searchParams }: Props) {
  const category = await loadJobCategory((await params).slug);
  const page = await loadJobList({ categorySlug: category.slug }, pageNumber((await searchParams).page));
  return <JobList title={`${category.name} jobs`} page={page} basePath={`/jobs/category/${category.slug}/`} />;
}
