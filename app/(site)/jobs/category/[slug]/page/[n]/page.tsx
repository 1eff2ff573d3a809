import JobCategoryPage from "@/app/(site)/jobs/category/[slug]/page";

export { generateMetadata } from "@/app/(site)/jobs/category/[slug]/page";

// /jobs/category/<slug>/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ slug: string; n: string }[]> {
  return [];
}

export default JobCategoryPage;
