import JobsPage from "@/app/(site)/jobs/page";

export { metadata } from "@/app/(site)/jobs/page";

// /jobs/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ n: string }[]> {
  return [];
}

export default JobsPage;
