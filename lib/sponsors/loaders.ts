import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getApplicationConfig, getCurrentYear, type ApplicationConfig } from "./config/data";
import { sponsorsTags } from "./constants";
import { listEnabledSponsors } from "./data";
import { listPlacedSponsors, listSponsorsPage } from "./display/data";
import type { DisplayedSponsor, SponsorGroup, SponsorLogo } from "./types";

export async function loadHomepageSponsors(): Promise<SponsorLogo[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(sponsorsTags.sponsors);
  return listEnabledSponsors(new Date(), 12);
}

/** /psf/sponsors/ (§5.7): cached a day as python.org's CACHED_SPONSORS_LIST, and revalidated on every sponsorship change. */
export async function loadSponsorsPage(): Promise<SponsorGroup[]> {
  "use cache";
  cacheLife("days");
  cacheTag(sponsorsTags.sponsors);
  return listSponsorsPage(new Date());
}

/** The downloads page's "Visionary sponsors" grid (150 px logos) and the job board's (100 px). */
export async function loadPlacedSponsors(place: "download" | "jobs"): Promise<DisplayedSponsor[]> {
  "use cache";
  cacheLife("days");
  cacheTag(sponsorsTags.sponsors);
  return listPlacedSponsors(new Date(), place, place === "download" ? 150 : 100);
}

/** The application form's configuration of a year, cached until the configuration changes. */
export async function loadApplicationConfig(year: number): Promise<ApplicationConfig> {
  "use cache";
  cacheLife("hours");
  cacheTag(sponsorsTags.sponsorshipConfig, sponsorsTags.sponsors);
  return getApplicationConfig(year);
}

export async function loadCurrentYear(): Promise<number> {
  "use cache";
  cacheLife("hours");
  cacheTag(sponsorsTags.sponsorshipConfig);
  return getCurrentYear();
}
