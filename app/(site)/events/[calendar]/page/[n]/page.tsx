import CalendarPage from "@/app/(site)/events/[calendar]/page";

export { generateMetadata } from "@/app/(site)/events/[calendar]/page";

// /events/<cal>/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ calendar: string; n: string }[]> {
  return [];
}

export default CalendarPage;
