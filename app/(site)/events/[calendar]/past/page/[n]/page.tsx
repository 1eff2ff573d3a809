import PastEventsPage from "@/app/(site)/events/[calendar]/past/page";

export { generateMetadata } from "@/app/(site)/events/[calendar]/past/page";

// /events/<cal>/past/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ calendar: string; n: string }[]> {
  return [];
}

export default PastEventsPage;
