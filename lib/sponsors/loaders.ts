import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { sponsorsTags } from "./constants";
import { listEnabledSponsors } from "./data";
import type { SponsorLogo } from "./types";

export async function loadHomepageSponsors(): Promise<SponsorLogo[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(sponsorsTags.sponsors);
  return listEnabledSponsors(new Date(), 12);
}
