import EventsHomePage from "@/app/(site)/events/page";

export { metadata } from "@/app/(site)/events/page";

// /events/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ n: string }[]> {
  return [];
}

export default EventsHomePage;
