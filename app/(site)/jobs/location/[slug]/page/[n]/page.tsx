import JobLocationPage from "@/app/(site)/jobs/location/[slug]/page";

export { metadata } from "@/app/(site)/jobs/location/[slug]/page";

// /jobs/location/<slug>/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ slug: string; n: string }[]> {
  return [];
}

export default JobLocationPage;
