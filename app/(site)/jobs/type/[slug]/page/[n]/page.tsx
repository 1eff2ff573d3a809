import JobTypePage from "@/app/(site)/jobs/type/[slug]/page";

export { generateMetadata } from "@/app/(site)/jobs/type/[slug]/page";

// /jobs/type/<slug>/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ slug: string; n: string }[]> {
  return [];
}

export default JobTypePage;
