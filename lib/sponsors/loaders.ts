import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/platform/cache-tags";
import { listEnabledSponsors } from "./data";
import type { SponsorLogo } from "./types";

export async function loadHomepageSponsors(): Promise<SponsorLogo[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.sponsors);
  return listEnabledSponsors(new Date(), 12);
}
