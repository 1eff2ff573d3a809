import TelecommutePage from "@/app/(site)/jobs/location/telecommute/page";

export { metadata } from "@/app/(site)/jobs/location/telecommute/page";

// /jobs/location/telecommute/?page=N, rewritten here by next.config.mjs: the same page, cached per page number.
export async function generateStaticParams(): Promise<{ n: string }[]> {
  return [];
}

export default TelecommutePage;
