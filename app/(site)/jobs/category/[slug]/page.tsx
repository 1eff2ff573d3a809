import type { Metadata } from "next";
import { JobList } from "@/components/jobs/job-list";
import { loadJobCategory, loadJobList, pageNumber } from "@/lib/jobs/loaders";

// `n` is set on .../page/N/, where next.config.mjs rewrites ?page=N (a cached page, no searchParams).
type Props = { params: Promise<{ slug: string; n?: string }> };

// Rendered on first request, then cached until the jobs tag changes.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await loadJobCategory((await params).slug)).name} jobs` };
}

export default async function JobCategoryPage({ params }: Props) {
  const category = await loadJobCategory((await params).slug);
  const page = await loadJobList({ categorySlug: category.slug }, pageNumber((await params).n));
  return <JobList title={`${category.name} jobs`} page={page} basePath={`/jobs/category/${category.slug}/`} />;
}
